package io.quire.tools.transfer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.tools.ToolException;
import io.quire.tools.data.BadRowException;
import io.quire.tools.data.CsvRows;
import io.quire.tools.data.JsonRows;
import io.quire.tools.data.RowSource;
import io.quire.tools.data.TableInfo;
import org.jspecify.annotations.Nullable;

/**
 * Imports one file into one table: creates the table if needed, writes the rows with a
 * progress line, then recreates the indexes and write hook of the table's info.
 */
public final class FileImport {

	private final ConnectionFactory factory;

	private final ImportSettings settings;

	private final PrintWriter out;

	public FileImport(ConnectionFactory factory, ImportSettings settings, PrintWriter out) {
		this.factory = factory;
		this.settings = settings;
		this.out = out;
	}

	/** Import a file of a dump directory, read by its extension. */
	int run(Path file, TableName name, TableInfo info, boolean indexes, Totals totals, Interruption interruption)
			throws IOException {
		try (RowSource source = open(file)) {
			return run(source, name, info.primaryKey(), indexes ? info : null, totals, interruption);
		}
	}

	/**
	 * Import the rows of the source.
	 * @param primaryKey the table's expected primary key ({@code null}: as it is, or
	 * {@code id})
	 * @param indexes the info whose indexes and write hook to recreate, or {@code null}
	 * @return the number of warnings
	 */
	public int run(RowSource source, TableName name, @Nullable String primaryKey, @Nullable TableInfo indexes,
			Totals totals, Interruption interruption) {
		String key;
		try (Connection connection = this.factory.connect()) {
			if (!this.settings.force() && TableSetup.exists(connection, name)) {
				throw new ToolException("Error: table " + name
						+ " already exists; nothing was written (use --force to import into it)");
			}
			key = TableSetup.ensure(connection, name, primaryKey, this.settings);
		}
		long before = totals.rows().get();
		try (Progress progress = new Progress(this.out, Progress.isTerminal(), this.settings.quiet(),
				"Importing " + name, totals.rows(), () -> source.bytesRead() / (double) Math.max(1, source.size()))) {
			new TableImport(this.factory, this.settings, totals, this.out, interruption).run(name, key, source);
		}
		totals.addTable();
		totals.addBytes(source.size());
		if (!this.settings.quiet()) {
			this.out.printf(Locale.ROOT, "%s: %,d rows imported from %s%n", name, totals.rows().get() - before,
					source.name());
		}
		if (indexes == null || (indexes.indexes().isEmpty() && indexes.writeHook() == null)) {
			return 0;
		}
		try (Connection connection = this.factory.connect()) {
			return new IndexRestore(connection, name, this.out, interruption).restore(indexes.indexes(),
					indexes.writeHook());
		}
	}

	private static RowSource open(Path file) throws IOException {
		String fileName = file.getFileName().toString();
		String shown = file.getParent().getFileName() + "/" + fileName;
		if (!fileName.endsWith(".csv")) {
			return JsonRows.open(file, shown);
		}
		try {
			return CsvRows.open(file, shown, new CsvRows.Options(',', false, null, true));
		}
		catch (BadRowException ex) {
			throw new ToolException("Error: " + ex.getMessage());
		}
	}

}
