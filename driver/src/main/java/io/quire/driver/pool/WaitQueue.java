package io.quire.driver.pool;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;

/**
 * The callers waiting for a connection, in the order they came. A returned connection
 * goes to the first one if it {@link Waiter#wantsHandOff() wants it handed over};
 * otherwise it turns idle and the first one is woken up to take it.
 */
final class WaitQueue {

	private final Queue<Waiter> waiters = new ConcurrentLinkedQueue<>();

	private final PoolEntries entries;

	WaitQueue(PoolEntries entries) {
		this.entries = entries;
	}

	void add(Waiter waiter) {
		this.waiters.add(waiter);
	}

	/**
	 * Queue up, unless the pool changed meanwhile so that waiting may not be needed.
	 * @return whether the waiter waits
	 */
	boolean addUnless(Waiter waiter, BooleanSupplier mayNotNeedToWait) {
		this.waiters.add(waiter);
		if (mayNotNeedToWait.getAsBoolean() && waiter.cancel()) {
			leave(waiter);
			return false;
		}
		return true;
	}

	/** Remove a waiter that stopped waiting, and pass on its wake-up call if needed. */
	void leave(Waiter waiter) {
		this.waiters.remove(waiter);
		Waiter next = this.waiters.peek();
		if (next != null && this.entries.hasIdle()) {
			next.wake();
		}
	}

	/** Serve the first waiter, if it wants a connection handed over. */
	boolean handOff(PoolEntry entry) {
		Waiter first;
		while ((first = this.waiters.peek()) != null && first.wantsHandOff()) {
			boolean served = first.serve(entry);
			this.waiters.remove(first);
			if (served) {
				return true;
			}
		}
		return false;
	}

	/**
	 * After an entry turned idle: take it back when the first waiter now wants it handed
	 * over, or wake that waiter up and yield the processor to it (so that the returning
	 * thread does not take the connection straight back).
	 * @return whether the entry was taken back, to be handed over
	 */
	boolean takeBackForFirst(PoolEntry entry) {
		Waiter first = this.waiters.peek();
		if (first == null) {
			return false;
		}
		if (first.wantsHandOff() && entry.tryLend()) {
			return true;
		}
		first.wake();
		Thread.yield();
		return false;
	}

	/** Forget the waiter that completes the future (it timed out). */
	void forget(CompletableFuture<PoolEntry> future) {
		this.waiters.removeIf((waiter) -> waiter.completes(future));
	}

	/** Fail the first waiter still waiting. */
	void failFirst(Throwable failure) {
		Waiter waiter;
		while ((waiter = this.waiters.poll()) != null) {
			if (waiter.fail(failure)) {
				return;
			}
		}
	}

	void failAll(Throwable failure) {
		Waiter waiter;
		while ((waiter = this.waiters.poll()) != null) {
			waiter.fail(failure);
		}
	}

	int size() {
		return this.waiters.size();
	}

}
