package io.quire.driver.pool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The entries of a pool, in a copy-on-write array that readers scan without a lock. A
 * thread first tries the entry it returned last if nobody holds it (its memory is still
 * in that core's cache), then the least-loaded entry, the most recently returned among
 * equals, so that under light load the same few connections serve everyone and the others
 * can idle out.
 */
final class PoolEntries {

	private static final PoolEntry[] NONE = new PoolEntry[0];

	private final ThreadLocal<@Nullable PoolEntry> lastReturned = new ThreadLocal<>();

	private volatile PoolEntry[] entries = NONE;

	synchronized void add(PoolEntry entry) {
		PoolEntry[] current = this.entries;
		PoolEntry[] grown = Arrays.copyOf(current, current.length + 1);
		grown[current.length] = entry;
		this.entries = grown;
	}

	synchronized void remove(PoolEntry entry) {
		PoolEntry[] current = this.entries;
		List<PoolEntry> kept = new ArrayList<>(current.length);
		for (PoolEntry candidate : current) {
			if (candidate != entry) {
				kept.add(candidate);
			}
		}
		this.entries = kept.toArray(NONE);
	}

	/** Remember the entry the current thread returns, to try it first next time. */
	void returnedByCurrentThread(PoolEntry entry) {
		this.lastReturned.set(entry);
	}

	/**
	 * Take a loan of the least-loaded entry with room: this thread's last one if nobody
	 * holds it, otherwise the one with the fewest loans, the most recently returned among
	 * equals.
	 */
	@Nullable PoolEntry lendLeastLoaded() {
		PoolEntry own = this.lastReturned.get();
		if (own != null && own.isIdle() && own.tryLend()) {
			return own;
		}
		PoolEntry candidate;
		while ((candidate = leastLoaded()) != null) {
			if (candidate.tryLend()) {
				return candidate;
			}
		}
		return null;
	}

	private @Nullable PoolEntry leastLoaded() {
		PoolEntry best = null;
		int bestLoans = Integer.MAX_VALUE;
		for (PoolEntry entry : this.entries) {
			int loans = entry.loans();
			if (entry.hasRoom()
					&& (loans < bestLoans || (loans == bestLoans && entry.lastReturnedAt > best.lastReturnedAt))) {
				best = entry;
				bestLoans = loans;
			}
		}
		return best;
	}

	/** Whether some entry can take one more loan now. */
	boolean hasRoom() {
		for (PoolEntry entry : this.entries) {
			if (entry.hasRoom()) {
				return true;
			}
		}
		return false;
	}

	/** Entries nobody holds. */
	int idleCount() {
		int count = 0;
		for (PoolEntry entry : this.entries) {
			count += entry.isIdle() ? 1 : 0;
		}
		return count;
	}

	/** Entries lent to at least one caller. */
	int lentCount() {
		int count = 0;
		for (PoolEntry entry : this.entries) {
			count += entry.isLent() ? 1 : 0;
		}
		return count;
	}

	/** Loans out now, over all entries. */
	int loanCount() {
		int count = 0;
		for (PoolEntry entry : this.entries) {
			count += entry.loans();
		}
		return count;
	}

	/** The entries now, idle, lent or about to be removed. */
	PoolEntry[] snapshot() {
		return this.entries;
	}

}
