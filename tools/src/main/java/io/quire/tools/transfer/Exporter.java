package io.quire.tools.transfer;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import io.quire.driver.Connection;
import io.quire.driver.QuireServerException;
import io.quire.tools.ToolException;
import io.quire.driver.ConnectionFactory;
import io.quire.tools.transfer.TableExport.Format;

import static io.quire.driver.Quire.r;

/**
 * Exports tables to a directory, up to {@code clients} tables at once, each through its
 * own connection, with a progress line over the rows of all of them.
 */
public final class Exporter {

	private final ConnectionFactory factory;

	private final Settings settings;

	private final PrintWriter out;

	public Exporter(ConnectionFactory factory, Settings settings, PrintWriter out) {
		this.factory = factory;
		this.settings = settings;
		this.out = out;
	}

	/** Export the tables into the directory; what was written. */
	public Totals export(List<TableName> tables, Path directory, Interruption interruption) {
		Totals totals = new Totals();
		long expected = count(tables);
		AtomicLong rows = totals.rows();
		ExecutorService pool = Executors
			.newFixedThreadPool(Math.max(1, Math.min(this.settings.clients(), tables.size())));
		try (Progress progress = new Progress(this.out, Progress.isTerminal(), this.settings.quiet(), "Exporting", rows,
				() -> (expected > 0) ? rows.get() / (double) expected : -1)) {
			List<Future<Long>> results = new ArrayList<>();
			for (TableName table : tables) {
				results.add(pool.submit(() -> exportTable(table, directory, rows, interruption)));
			}
			for (Future<Long> result : results) {
				totals.addBytes(join(result));
				totals.addTable();
			}
		}
		finally {
			pool.shutdownNow();
		}
		return totals;
	}

	private long exportTable(TableName table, Path directory, AtomicLong rows, Interruption interruption)
			throws IOException {
		try (Connection connection = this.factory.connect()) {
			Format format = new Format(this.settings.format(), this.settings.fields(), this.settings.delimiter());
			return new TableExport(connection, table, this.settings.outdated()).export(directory, format, rows,
					interruption);
		}
		catch (QuireServerException ex) {
			throw new ToolException(ToolException.describe(ex) + " (table " + table + ")", ex);
		}
	}

	private long count(List<TableName> tables) {
		try (Connection connection = this.factory.connect()) {
			long total = 0;
			for (TableName table : tables) {
				Number count = r.db(table.db()).table(table.table()).count().runAtom(connection, Number.class);
				total += count.longValue();
			}
			return total;
		}
	}

	private static long join(Future<Long> result) {
		try {
			return result.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Interruption.InterruptedRunException();
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof IOException io) {
				throw new UncheckedIOException(io);
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(cause);
		}
	}

	/**
	 * How to export.
	 *
	 * @param format {@code json}, {@code ndjson} or {@code csv}
	 * @param fields the fields to keep ({@code null}: all)
	 * @param delimiter the CSV delimiter
	 * @param clients tables exported at once
	 * @param outdated whether to read with {@code read_mode: outdated}
	 * @param quiet whether to print no progress
	 */
	public record Settings(String format, @org.jspecify.annotations.Nullable List<String> fields, char delimiter,
			int clients, boolean outdated, boolean quiet) {
	}

}
