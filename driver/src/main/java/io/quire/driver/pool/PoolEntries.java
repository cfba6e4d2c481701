package io.quire.driver.pool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The entries of a pool, in a copy-on-write array that readers scan without a lock. A
 * thread first tries the entry it returned last (it is usually still idle and its memory
 * still in that core's cache), then the idle entry returned most recently, so that under
 * light load the same few connections serve everyone and the others can idle out.
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

	/** Take an idle entry, preferring this thread's last one, then the newest. */
	@Nullable PoolEntry lendIdle() {
		PoolEntry own = this.lastReturned.get();
		if (own != null && own.tryLend()) {
			return own;
		}
		PoolEntry newest;
		while ((newest = newestIdle()) != null) {
			if (newest.tryLend()) {
				return newest;
			}
		}
		return null;
	}

	private @Nullable PoolEntry newestIdle() {
		PoolEntry newest = null;
		for (PoolEntry entry : this.entries) {
			if (entry.isIdle() && (newest == null || entry.lastReturnedAt > newest.lastReturnedAt)) {
				newest = entry;
			}
		}
		return newest;
	}

	boolean hasIdle() {
		for (PoolEntry entry : this.entries) {
			if (entry.isIdle()) {
				return true;
			}
		}
		return false;
	}

	int idleCount() {
		int count = 0;
		for (PoolEntry entry : this.entries) {
			count += entry.isIdle() ? 1 : 0;
		}
		return count;
	}

	int lentCount() {
		int count = 0;
		for (PoolEntry entry : this.entries) {
			count += entry.isLent() ? 1 : 0;
		}
		return count;
	}

	/** The entries now, idle, lent or about to be removed. */
	PoolEntry[] snapshot() {
		return this.entries;
	}

}
