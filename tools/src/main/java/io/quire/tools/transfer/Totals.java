package io.quire.tools.transfer;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a run moved, for its summary line: tables, rows, bytes and time.
 */
public final class Totals {

	private final long started = System.nanoTime();

	private final AtomicLong tables = new AtomicLong();

	private final AtomicLong rows = new AtomicLong();

	private final AtomicLong bytes = new AtomicLong();

	private final AtomicLong skipped = new AtomicLong();

	public AtomicLong rows() {
		return this.rows;
	}

	public void addTable() {
		this.tables.incrementAndGet();
	}

	public void addBytes(long count) {
		this.bytes.addAndGet(count);
	}

	public void addSkipped(long count) {
		this.skipped.addAndGet(count);
	}

	public long skipped() {
		return this.skipped.get();
	}

	/**
	 * The summary line, e.g.
	 * {@code Done: 2 tables, 1,000 rows, 12.3 KB in 0.4 s (2,500 rows/s)}.
	 */
	public String summary(String verb) {
		double seconds = Math.max(1e-3, (System.nanoTime() - this.started) / 1e9);
		String line = String.format(Locale.ROOT, "%s: %,d tables, %,d rows, %s in %.1f s (%,d rows/s)", verb,
				this.tables.get(), this.rows.get(), size(this.bytes.get()), seconds,
				Math.round(this.rows.get() / seconds));
		return (this.skipped.get() > 0) ? line + String.format(Locale.ROOT, ", %,d rows skipped", this.skipped.get())
				: line;
	}

	public void print(PrintWriter out, String verb) {
		out.println(summary(verb));
		out.flush();
	}

	private static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		String[] units = { "KB", "MB", "GB", "TB" };
		double value = bytes;
		int unit = -1;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
	}

}
