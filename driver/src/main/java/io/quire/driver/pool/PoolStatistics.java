package io.quire.driver.pool;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The counters behind a pool's {@link PoolMetrics}. Counts that change on every loan are
 * {@link LongAdder}s so that threads do not fight over one cache line; the gauges are
 * read from the pool's entries and waiters when asked.
 */
final class PoolStatistics implements PoolMetrics {

	final AtomicLong created = new AtomicLong();

	final AtomicLong destroyed = new AtomicLong();

	final AtomicLong timeouts = new AtomicLong();

	final AtomicLong leaks = new AtomicLong();

	private final LongAdder acquired = new LongAdder();

	private final LongAdder acquireNanos = new LongAdder();

	private final AtomicLong maxAcquireNanos = new AtomicLong();

	private final PoolEntries entries;

	private final WaitQueue waiters;

	private final AtomicInteger allocated;

	private final int maxSize;

	PoolStatistics(PoolEntries entries, WaitQueue waiters, AtomicInteger allocated, int maxSize) {
		this.entries = entries;
		this.waiters = waiters;
		this.allocated = allocated;
		this.maxSize = maxSize;
	}

	void recordAcquire(long nanos) {
		this.acquired.increment();
		this.acquireNanos.add(nanos);
		long max = this.maxAcquireNanos.get();
		while (nanos > max && !this.maxAcquireNanos.compareAndSet(max, nanos)) {
			max = this.maxAcquireNanos.get();
		}
	}

	/**
	 * {@code (total=.., active=.., idle=.., waiting=.., max=.., loans=..)}, as HikariCP
	 * reports it.
	 */
	String state() {
		return "(total=" + allocatedCount() + ", active=" + activeCount() + ", idle=" + idleCount() + ", waiting="
				+ pendingCount() + ", max=" + this.maxSize + ", loans=" + loanCount() + ")";
	}

	@Override
	public int activeCount() {
		return this.entries.lentCount();
	}

	@Override
	public int loanCount() {
		return this.entries.loanCount();
	}

	@Override
	public int idleCount() {
		return this.entries.idleCount();
	}

	@Override
	public int pendingCount() {
		return this.waiters.size();
	}

	@Override
	public int allocatedCount() {
		return this.allocated.get();
	}

	@Override
	public int maxSize() {
		return this.maxSize;
	}

	@Override
	public long createdCount() {
		return this.created.get();
	}

	@Override
	public long destroyedCount() {
		return this.destroyed.get();
	}

	@Override
	public long acquiredCount() {
		return this.acquired.sum();
	}

	@Override
	public long acquireTimeoutCount() {
		return this.timeouts.get();
	}

	@Override
	public long leakCount() {
		return this.leaks.get();
	}

	@Override
	public Duration totalAcquireTime() {
		return Duration.ofNanos(this.acquireNanos.sum());
	}

	@Override
	public Duration maxAcquireTime() {
		return Duration.ofNanos(this.maxAcquireNanos.get());
	}

}
