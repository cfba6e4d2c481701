package io.quire.tools.transfer;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;

/**
 * A progress line while rows move: on a terminal a bar redrawn in place with the rows,
 * the rate and the time left; otherwise a plain line every few seconds with the rows and
 * the rate.
 */
public final class Progress implements AutoCloseable {

	private final PrintWriter out;

	private final boolean terminal;

	private final String label;

	private final AtomicLong rows;

	private final DoubleSupplier fraction;

	private final long started = System.nanoTime();

	private final ScheduledExecutorService timer;

	/**
	 * @param rows the rows moved so far
	 * @param fraction the share done (0 to 1), or a negative number if unknown
	 */
	public Progress(PrintWriter out, boolean terminal, boolean quiet, String label, AtomicLong rows,
			DoubleSupplier fraction) {
		this.out = out;
		this.terminal = terminal;
		this.label = label;
		this.rows = rows;
		this.fraction = fraction;
		this.timer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "quire-tools-progress");
			thread.setDaemon(true);
			return thread;
		});
		if (!quiet) {
			long period = terminal ? 200 : 5000;
			this.timer.scheduleAtFixedRate(this::print, period, period, TimeUnit.MILLISECONDS);
		}
	}

	/** Whether standard output is a terminal. */
	public static boolean isTerminal() {
		return System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
	}

	synchronized void print() {
		double seconds = Math.max(1e-3, (System.nanoTime() - this.started) / 1e9);
		long done = this.rows.get();
		long rate = Math.round(done / seconds);
		if (!this.terminal) {
			this.out.printf(Locale.ROOT, "%s: %,d rows, %,d rows/s%n", this.label, done, rate);
			this.out.flush();
			return;
		}
		double share = Math.min(1, this.fraction.getAsDouble());
		String left = (share > 0) ? format(Duration.ofSeconds(Math.round(seconds * (1 - share) / share))) : "?";
		this.out.printf(Locale.ROOT, "\r%s [%-30s] %3d%% %,d rows %,d rows/s %s left ", this.label, bar(share),
				Math.round(Math.max(0, share) * 100), done, rate, left);
		this.out.flush();
	}

	private static String bar(double share) {
		int filled = (int) Math.round(Math.max(0, share) * 30);
		return "=".repeat(filled);
	}

	private static String format(Duration duration) {
		return String.format(Locale.ROOT, "%d:%02d:%02d", duration.toHours(), duration.toMinutesPart(),
				duration.toSecondsPart());
	}

	@Override
	public synchronized void close() {
		this.timer.shutdownNow();
		if (this.terminal) {
			this.out.print("\r" + " ".repeat(100) + "\r");
			this.out.flush();
		}
	}

}
