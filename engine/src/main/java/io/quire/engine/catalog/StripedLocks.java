package io.quire.engine.catalog;

import java.util.Arrays;
import java.util.Collection;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed set of locks; a key (an encoded primary key) maps to one of them. Several keys
 * are locked in ascending stripe order so that writers of many keys never deadlock.
 */
final class StripedLocks {

	private final ReentrantLock[] stripes;

	StripedLocks(int count) {
		this.stripes = new ReentrantLock[count];
		for (int i = 0; i < count; i++) {
			this.stripes[i] = new ReentrantLock();
		}
	}

	/** Locks the stripe of one key; close the result to unlock. */
	Held lock(byte[] key) {
		ReentrantLock lock = this.stripes[stripe(key)];
		lock.lock();
		return lock::unlock;
	}

	/**
	 * Locks the stripes of many keys in ascending order; close the result to unlock them
	 * all.
	 */
	Held lockAll(Collection<byte[]> keys) {
		TreeSet<Integer> indexes = new TreeSet<>();
		for (byte[] key : keys) {
			indexes.add(stripe(key));
		}
		ReentrantLock[] locked = new ReentrantLock[indexes.size()];
		int count = 0;
		for (int index : indexes) {
			this.stripes[index].lock();
			locked[count++] = this.stripes[index];
		}
		return () -> {
			for (ReentrantLock lock : locked) {
				lock.unlock();
			}
		};
	}

	/** How many stripes there are. */
	int size() {
		return this.stripes.length;
	}

	/** The stripe a key maps to, in {@code [0, size())}. */
	int stripe(byte[] key) {
		return Math.floorMod(Arrays.hashCode(key), this.stripes.length);
	}

	/** Locks held until closed. */
	interface Held extends AutoCloseable {

		@Override
		void close();

	}

}
