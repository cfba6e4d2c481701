package io.quire.driver.pool;

import java.time.Duration;
import java.time.Instant;

import io.quire.driver.Connection;
import org.jspecify.annotations.Nullable;

/**
 * One connection the pool holds, with its times. Guarded by the pool's lock.
 */
final class PoolEntry {

	final Connection connection;

	final Instant createdAt;

	final long generation;

	Instant lastReturnedAt;

	@Nullable Instant borrowedAt;

	@Nullable Throwable borrowedFrom;

	boolean leakReported;

	PoolEntry(Connection connection, Instant createdAt, long generation) {
		this.connection = connection;
		this.createdAt = createdAt;
		this.lastReturnedAt = createdAt;
		this.generation = generation;
	}

	boolean isIdleLongerThan(@Nullable Duration limit, Instant now) {
		return limit != null && !this.lastReturnedAt.plus(limit).isAfter(now);
	}

	boolean hasLivedLongerThan(@Nullable Duration limit, Instant now) {
		return limit != null && !this.createdAt.plus(limit).isAfter(now);
	}

	boolean isHeldLongerThan(@Nullable Duration limit, Instant now) {
		return limit != null && this.borrowedAt != null && !this.borrowedAt.plus(limit).isAfter(now);
	}

}
