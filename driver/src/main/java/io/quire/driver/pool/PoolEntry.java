package io.quire.driver.pool;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import io.quire.driver.Connection;

/**
 * One connection the pool holds, lent to at most {@code maxLoans} callers at once. Its
 * state is the number of loans, swapped with compare-and-set, so whoever wins the swap
 * holds one loan until it gives it back. A drained entry (broken, expired or
 * disconnected) takes no new loans and is closed by whoever gives back its last one; a
 * removed entry never comes back. Times are in milliseconds of the pool's clock.
 */
final class PoolEntry {

	/** Set on top of the loan count once the entry is drained. */
	private static final int DRAINED = 1 << 30;

	private static final int REMOVED = -1;

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

	final int maxLoans;

	/** When its last loan ended (or it was opened). */
	volatile long lastReturnedAt;

	private volatile int state = 1;

	/** A new entry, lent once to whoever opened it. */
	PoolEntry(Connection connection, long createdAt, long generation, int maxLoans) {
		this.connection = connection;
		this.createdAt = createdAt;
		this.lastReturnedAt = createdAt;
		this.generation = generation;
		this.maxLoans = maxLoans;
	}

	/**
	 * Take one more loan if the entry has room; {@code true} when this caller holds it.
	 */
	boolean tryLend() {
		int current;
		while ((current = this.state) >= 0 && current < this.maxLoans) {
			if (STATE.compareAndSet(this, current, current + 1)) {
				return true;
			}
		}
		return false;
	}

	/** Take the first loan of an entry nobody holds (to check or close it). */
	boolean tryLendUnused() {
		return STATE.compareAndSet(this, 0, 1);
	}

	/**
	 * Give one loan back.
	 * @return whether it was the last loan of a drained entry, which the caller now
	 * closes
	 */
	boolean giveBackLoan() {
		int current;
		while ((current = this.state) > 0) {
			int next = (current - 1 == DRAINED) ? REMOVED : current - 1;
			if (STATE.compareAndSet(this, current, next)) {
				return next == REMOVED;
			}
		}
		return false;
	}

	/**
	 * Take no new loans (the caller holds one).
	 * @return whether this call drained it (the first one to do so)
	 */
	boolean drain() {
		int current;
		while ((current = this.state) > 0 && (current & DRAINED) == 0) {
			if (STATE.compareAndSet(this, current, current | DRAINED)) {
				return true;
			}
		}
		return false;
	}

	/** Taking no new loans: drained or removed. */
	boolean isDrained() {
		int current = this.state;
		return current < 0 || (current & DRAINED) != 0;
	}

	/** Nobody holds it. */
	boolean isIdle() {
		return this.state == 0;
	}

	/** Lent to at least one caller and not drained. */
	boolean isLent() {
		int current = this.state;
		return current > 0 && (current & DRAINED) == 0;
	}

	/** The loans it holds now (0 once drained or removed, for the pool's counts). */
	int loans() {
		int current = this.state;
		return (current > 0 && (current & DRAINED) == 0) ? current : 0;
	}

	/** Whether it can take one more loan now. */
	boolean hasRoom() {
		int current = this.state;
		return current >= 0 && current < this.maxLoans;
	}

	boolean isIdleLongerThan(long limitMillis, long now) {
		return limitMillis > 0 && now - this.lastReturnedAt >= limitMillis;
	}

	boolean hasLivedLongerThan(long limitMillis, long now) {
		return limitMillis > 0 && now - this.createdAt >= limitMillis;
	}

}
