package io.quire.driver.pool;

import java.time.Duration;

/**
 * Live statistics of a {@link ConnectionPool}, for metrics (Micrometer gauges and
 * counters).
 */
public interface PoolMetrics {

	/** Connections lent out now (to one caller or more). */
	int activeCount();

	/**
	 * Loans out now: callers holding a connection, several per connection when
	 * {@link PoolOptions#maxInFlight()} is above 1.
	 */
	int loanCount();

	/** Connections waiting in the pool now. */
	int idleCount();

	/** Callers waiting for a connection now. */
	int pendingCount();

	/** Connections held now, lent, idle or being opened. */
	int allocatedCount();

	/** The most connections the pool may hold. */
	int maxSize();

	/** Connections opened since the pool started. */
	long createdCount();

	/**
	 * Connections closed since the pool started (idle, expired, broken, disconnected).
	 */
	long destroyedCount();

	/** Successful acquisitions since the pool started. */
	long acquiredCount();

	/** Acquisitions that timed out. */
	long acquireTimeoutCount();

	/** Connections reported as possible leaks. */
	long leakCount();

	/** The time spent acquiring, summed over {@link #acquiredCount()} acquisitions. */
	Duration totalAcquireTime();

	/** The longest single acquisition so far. */
	Duration maxAcquireTime();

}
