package io.quire.driver.pool;

import java.time.Clock;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The time limits of a pool's connections (idle, life), measured in milliseconds of the
 * pool's {@link Clock}; a limit of 0 means none.
 */
final class EntryAges {

	private final Clock clock;

	private final long maxIdleMillis;

	private final long maxLifeMillis;

	EntryAges(PoolOptions options, Clock clock) {
		this.clock = clock;
		this.maxIdleMillis = millisOrZero(options.maxIdleTime());
		this.maxLifeMillis = millisOrZero(options.maxLifeTime());
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

	/** Note that a loan of the entry ended; its last return time is now. */
	void returned(PoolEntry entry, long now) {
		entry.lastReturnedAt = now;
	}

	private static long millisOrZero(@Nullable Duration limit) {
		return (limit != null) ? Math.max(1, limit.toMillis()) : 0;
	}

}
