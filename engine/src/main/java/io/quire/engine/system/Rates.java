package io.quire.engine.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-second rates of growing totals, computed when read: each key keeps two samples at
 * least a second apart, and its rate is the growth between them. Counting stays a bare
 * {@code LongAdder} increment on the query path; nothing runs in the background.
 */
final class Rates {

	private static final long SECOND = 1_000_000_000L;

	private final Map<Object, Window> windows = new ConcurrentHashMap<>();

	private final LongSupplier nanoTime;

	Rates() {
		this(System::nanoTime);
	}

	Rates(LongSupplier nanoTime) {
		this.nanoTime = nanoTime;
	}

	/** The rate of a total, per second, over the last full sample window. */
	double perSecond(Object key, long total) {
		long now = this.nanoTime.getAsLong();
		return this.windows.computeIfAbsent(key, (k) -> new Window(now, total)).rate(now, total);
	}

	private static final class Window {

		private long earlierTime;

		private long earlierTotal;

		private long laterTime;

		private long laterTotal;

		Window(long now, long total) {
			this.earlierTime = now;
			this.laterTime = now;
			this.earlierTotal = total;
			this.laterTotal = total;
		}

		synchronized double rate(long now, long total) {
			if (now - this.laterTime >= SECOND) {
				this.earlierTime = this.laterTime;
				this.earlierTotal = this.laterTotal;
				this.laterTime = now;
				this.laterTotal = total;
			}
			long elapsed = this.laterTime - this.earlierTime;
			return (elapsed == 0) ? 0.0 : (this.laterTotal - this.earlierTotal) * (double) SECOND / elapsed;
		}

	}

}
