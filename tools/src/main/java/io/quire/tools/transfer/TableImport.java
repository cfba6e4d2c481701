package io.quire.tools.transfer;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.QuireConnectionException;
import io.quire.tools.ToolException;
import io.quire.tools.data.BadRowException;
import io.quire.tools.data.Row;
import io.quire.tools.data.RowSource;

/**
 * Imports one file into one table: this thread reads rows into batches, {@code clients}
 * threads (each with its own connection) insert them. A failure or Ctrl-C stops both and
 * is reported with the rows written so far.
 */
final class TableImport {

	private static final List<Row> END = List.of();

	private final ConnectionFactory factory;

	private final ImportSettings settings;

	private final Totals totals;

	private final PrintWriter out;

	private final Interruption interruption;

	private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

	TableImport(ConnectionFactory factory, ImportSettings settings, Totals totals, PrintWriter out,
			Interruption interruption) {
		this.factory = factory;
		this.settings = settings;
		this.totals = totals;
		this.out = out;
		this.interruption = interruption;
	}

	/** Read every row of the source into the table (which must exist). */
	void run(TableName name, String primaryKey, RowSource source) {
		long before = this.totals.rows().get();
		BatchWriter writer = new BatchWriter(name, source.name(), primaryKey, this.settings, this.totals, this.out);
		BlockingQueue<List<Row>> queue = new ArrayBlockingQueue<>(this.settings.clients() * 2);
		List<Thread> workers = startWorkers(writer, queue);
		RuntimeException readFailure = null;
		try {
			read(source, queue);
		}
		catch (RuntimeException ex) {
			readFailure = ex;
		}
		finally {
			stop(workers, queue);
		}
		RuntimeException failed = (this.failure.get() != null) ? this.failure.get() : readFailure;
		if (failed != null) {
			throw reported(failed, name, this.totals.rows().get() - before);
		}
	}

	private void read(RowSource source, BlockingQueue<List<Row>> queue) {
		List<Row> batch = new ArrayList<>(this.settings.batchSize());
		Row row;
		while ((row = nextRow(source, queue, batch)) != null) {
			if (this.settings.fields() != null) {
				row.document().keySet().retainAll(this.settings.fields());
			}
			batch.add(row);
			if (batch.size() == this.settings.batchSize()) {
				put(queue, batch);
				batch = new ArrayList<>(this.settings.batchSize());
			}
		}
		if (!batch.isEmpty()) {
			put(queue, batch);
		}
	}

	/**
	 * The next row; at a bad row that stops the run, the rows before it are still
	 * written.
	 */
	private Row nextRow(RowSource source, BlockingQueue<List<Row>> queue, List<Row> batch) {
		while (true) {
			checkStopped();
			try {
				return source.next();
			}
			catch (BadRowException ex) {
				if (!ex.recoverable() || !this.settings.ignoreErrors()) {
					if (!batch.isEmpty()) {
						put(queue, new ArrayList<>(batch));
						batch.clear();
					}
					throw new ToolException("Error: " + ex.getMessage());
				}
				this.totals.addSkipped(1);
				synchronized (this.out) {
					this.out.println("Skipped " + ex.getMessage());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private void put(BlockingQueue<List<Row>> queue, List<Row> batch) {
		try {
			while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
				checkStopped();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Interruption.InterruptedRunException();
		}
	}

	private void checkStopped() {
		RuntimeException failed = this.failure.get();
		if (failed != null) {
			throw failed;
		}
		this.interruption.check();
	}

	private List<Thread> startWorkers(BatchWriter writer, BlockingQueue<List<Row>> queue) {
		List<Thread> workers = new ArrayList<>();
		for (int i = 0; i < this.settings.clients(); i++) {
			Thread worker = new Thread(() -> work(writer, queue), "quire-tools-writer-" + i);
			worker.setDaemon(true);
			worker.start();
			workers.add(worker);
		}
		return workers;
	}

	private void work(BatchWriter writer, BlockingQueue<List<Row>> queue) {
		try (Connection connection = this.factory.connect()) {
			List<Row> batch;
			while ((batch = queue.poll(100, TimeUnit.MILLISECONDS)) != END) {
				if (this.failure.get() != null || this.interruption.raised()) {
					return;
				}
				if (batch != null) {
					writer.write(connection, batch);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			this.failure.compareAndSet(null, ex);
		}
	}

	/** End the workers: after the queued batches, or at once after a failure. */
	private void stop(List<Thread> workers, BlockingQueue<List<Row>> queue) {
		int ends = 0;
		while (ends < workers.size() && workers.stream().anyMatch(Thread::isAlive)) {
			if (this.failure.get() != null || this.interruption.raised()) {
				queue.clear();
			}
			try {
				ends += queue.offer(END, 100, TimeUnit.MILLISECONDS) ? 1 : 0;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		for (Thread worker : workers) {
			try {
				worker.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static RuntimeException reported(RuntimeException failed, TableName name, long written) {
		String rows = " (" + written + " rows written to " + name + ")";
		if (failed instanceof Interruption.InterruptedRunException) {
			return new ToolException("Interrupted: " + written + " rows written to " + name, failed);
		}
		if (failed instanceof QuireConnectionException) {
			return new ToolException("Error: lost the connection to the server: " + failed.getMessage() + rows, failed);
		}
		return new ToolException(ToolException.describe(failed) + rows, failed);
	}

}
