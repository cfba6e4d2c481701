package io.quire.driver.pool;

import java.time.Clock;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The time limits of a pool's connections (idle, life, leak detection), measured in
 * milliseconds of the pool's {@link Clock}; a limit of 0 means none.
 */
final class EntryAges {

	private final Clock clock;

	private final long maxIdleMillis;

	private final long maxLifeMillis;

	private final long leakMillis;

	EntryAges(PoolOptions options, Clock clock) {
		this.clock = clock;
		this.maxIdleMillis = millisOrZero(options.maxIdleTime());
		this.maxLifeMillis = millisOrZero(options.maxLifeTime());
		this.leakMillis = millisOrZero(options.leakDetectionThreshold());
	}

	long now() {
		return this.clock.millis();
	}

	/** Whether an idle entry may still be lent: neither idle nor alive too long. */
	boolean isYoungEnoughToLend(PoolEntry entry) {
		if (this.maxIdleMillis == 0 && this.maxLifeMillis == 0) {
			return true;
		}
		long now = now();
		return !entry.isIdleLongerThan(this.maxIdleMillis, now) && !hasLivedTooLong(entry, now);
	}

	boolean hasLivedTooLong(PoolEntry entry, long now) {
		return entry.hasLivedLongerThan(this.maxLifeMillis, now);
	}

	boolean isIdleTooLong(PoolEntry entry, long now) {
		return entry.isIdleLongerThan(this.maxIdleMillis, now);
	}

	/** Note the loan (and where it was made) when leaks are to be detected. */
	void lent(PoolEntry entry) {
		if (this.leakMillis > 0) {
			entry.leakReported = false;
			entry.borrowedFrom = new Throwable("Connection borrowed here");
			entry.borrowedAt = now();
		}
	}

	/** Note that the loan ended; the entry's last return time is now. */
	void returned(PoolEntry entry, long now) {
		if (this.leakMillis > 0) {
			entry.borrowedAt = 0;
			entry.borrowedFrom = null;
		}
		entry.lastReturnedAt = now;
	}

	/** Whether the entry is held too long and not reported yet; reports it once. */
	boolean isNewLeak(PoolEntry entry, long now) {
		if (entry.leakReported || !entry.isHeldLongerThan(this.leakMillis, now)) {
			return false;
		}
		entry.leakReported = true;
		return true;
	}

	long leakMillis() {
		return this.leakMillis;
	}

	private static long millisOrZero(@Nullable Duration limit) {
		return (limit != null) ? Math.max(1, limit.toMillis()) : 0;
	}

}
