package io.quire.driver.pool;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a pool's loans when {@link PoolOptions#leakDetectionThreshold()} is set: notes
 * where each was made and warns once, with that stack, about a loan held longer than the
 * threshold (HikariCP's leak detection). Without a threshold it keeps nothing.
 */
final class LeakDetector {

	private static final Logger logger = LoggerFactory.getLogger(ConnectionPool.class);

	private final String poolName;

	private final Clock clock;

	private final long leakMillis;

	private final Set<PooledConnection> loans = ConcurrentHashMap.newKeySet();

	LeakDetector(PoolOptions options, Clock clock) {
		this.poolName = options.name();
		this.clock = clock;
		this.leakMillis = (options.leakDetectionThreshold() != null)
				? Math.max(1, options.leakDetectionThreshold().toMillis()) : 0;
	}

	/** Notes the loan and where it was made. */
	void lent(PooledConnection loan) {
		if (this.leakMillis > 0) {
			loan.borrowedFrom = new Throwable("Connection borrowed here");
			loan.borrowedAt = this.clock.millis();
			this.loans.add(loan);
		}
	}

	void returned(PooledConnection loan) {
		this.loans.remove(loan);
	}

	/**
	 * Warns about each loan held too long that was not reported yet.
	 * @param leaks counted up for each new leak
	 */
	void report(AtomicLong leaks) {
		long now = this.clock.millis();
		for (PooledConnection loan : this.loans) {
			if (!loan.leakReported && now - loan.borrowedAt >= this.leakMillis) {
				loan.leakReported = true;
				leaks.incrementAndGet();
				logger.warn("Pool '{}': a connection has been held for more than {} ms and may have leaked",
						this.poolName, this.leakMillis, loan.borrowedFrom);
			}
		}
	}

}
