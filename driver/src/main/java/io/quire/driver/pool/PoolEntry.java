package io.quire.driver.pool;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import io.quire.driver.Connection;
import org.jspecify.annotations.Nullable;

/**
 * One connection the pool holds. Its state moves between idle and lent with atomic
 * compare-and-set, so whoever wins the swap owns the entry until it gives it back; a
 * removed entry never comes back. Times are in milliseconds of the pool's clock.
 */
final class PoolEntry {

	private static final int IDLE = 0;

	private static final int LENT = 1;

	private static final int REMOVED = 2;

	private static final VarHandle STATE;

	static {
		try {
			STATE = MethodHandles.lookup().findVarHandle(PoolEntry.class, "state", int.class);
		}
		catch (ReflectiveOperationException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	final Connection connection;

	final long createdAt;

	final long generation;

	/** Written by the owner before the entry turns idle, so read after seeing it idle. */
	long lastReturnedAt;

	/** When it was lent, or 0 when lent without leak detection. */
	volatile long borrowedAt;

	volatile @Nullable Throwable borrowedFrom;

	volatile boolean leakReported;

	private volatile int state = LENT;

	/** A new entry, lent to whoever opened it. */
	PoolEntry(Connection connection, long createdAt, long generation) {
		this.connection = connection;
		this.createdAt = createdAt;
		this.lastReturnedAt = createdAt;
		this.generation = generation;
	}

	/** Take an idle entry; {@code true} when this caller now owns it. */
	boolean tryLend() {
		return STATE.compareAndSet(this, IDLE, LENT);
	}

	/** Give an owned entry back as idle. */
	void markIdle() {
		this.state = IDLE;
	}

	/** Retire an owned entry for good. */
	void markRemoved() {
		this.state = REMOVED;
	}

	boolean isIdle() {
		return this.state == IDLE;
	}

	boolean isLent() {
		return this.state == LENT;
	}

	boolean isIdleLongerThan(long limitMillis, long now) {
		return limitMillis > 0 && now - this.lastReturnedAt >= limitMillis;
	}

	boolean hasLivedLongerThan(long limitMillis, long now) {
		return limitMillis > 0 && now - this.createdAt >= limitMillis;
	}

	boolean isHeldLongerThan(long limitMillis, long now) {
		long since = this.borrowedAt;
		return limitMillis > 0 && since != 0 && now - since >= limitMillis;
	}

}
