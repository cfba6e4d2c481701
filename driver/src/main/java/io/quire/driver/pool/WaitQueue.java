package io.quire.driver.pool;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;

import io.quire.driver.QuireDriverException;
import io.quire.driver.QuireTimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * The callers waiting for a connection, in the order they came. A returned connection
 * goes to the first one if it {@link Waiter#wantsHandOff() wants it handed over};
 * otherwise it turns idle and the first one is woken up to take it.
 */
final class WaitQueue {

	/**
	 * A returned connection usually turns up within microseconds, from a thread that
	 * needs the processor to run: yield a few times before parking.
	 */
	private static final int YIELDS_BEFORE_PARKING = 8;

	private final Queue<Waiter> waiters = new ConcurrentLinkedQueue<>();

	private final PoolEntries entries;

	WaitQueue(PoolEntries entries) {
		this.entries = entries;
	}

	/**
	 * Queue up the current thread and look for an idle connection until one is found or
	 * handed over, the pool says to start over, or the deadline passes: yielding first,
	 * then parking until woken up by a returned connection.
	 * @return the entry, or {@code null} to start over
	 * @throws QuireTimeoutException when the deadline passed
	 */
	@Nullable PoolEntry await(long deadline, Lender lender) {
		Waiter waiter = Waiter.parked();
		this.waiters.add(waiter);
		try {
			for (int round = 0; waiter.isWaiting(); round++) {
				PoolEntry entry = lender.pollIdle(deadline);
				if (entry != null) {
					return leaveWith(waiter, entry, lender);
				}
				if (lender.shouldStartOver() && waiter.cancel()) {
					leave(waiter);
					return null;
				}
				long left = deadline - System.nanoTime();
				if (left <= 0 && waiter.cancel()) {
					throw lender.timedOut();
				}
				pause(waiter, round, left);
				if (Thread.currentThread().isInterrupted() && waiter.cancel()) {
					throw new QuireDriverException("Interrupted while waiting for a pooled connection");
				}
			}
			return waiter.served();
		}
		catch (RuntimeException ex) {
			abandon(waiter, lender);
			throw ex;
		}
	}

	/**
	 * Leave the queue after a failure, giving back a connection handed over meanwhile.
	 */
	private void abandon(Waiter waiter, Lender lender) {
		waiter.cancel();
		PoolEntry handedOver = waiter.handedOver();
		if (handedOver != null) {
			lender.giveBack(handedOver);
		}
		leave(waiter);
	}

	/**
	 * Yield a few times, then park until woken up (parking needs one more look first).
	 */
	private static void pause(Waiter waiter, int round, long leftNanos) {
		if (round < YIELDS_BEFORE_PARKING) {
			Thread.yield();
		}
		else if (round == YIELDS_BEFORE_PARKING) {
			waiter.goingToSleep();
		}
		else if (leftNanos > 0) {
			waiter.sleep(leftNanos);
		}
	}

	/** Leave the queue with an entry found idle, unless a connection was handed over. */
	private PoolEntry leaveWith(Waiter waiter, PoolEntry entry, Lender lender) {
		if (!waiter.cancel()) {
			lender.giveBack(entry);
			return waiter.served();
		}
		leave(waiter);
		return entry;
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
		if (next != null && this.entries.hasRoom()) {
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

	/** What a thread waiting in the queue asks of the pool. */
	interface Lender {

		/** An idle entry fit to lend, or {@code null}. */
		@Nullable PoolEntry pollIdle(long deadline);

		/**
		 * Whether the pool closed or a slot freed up, so that the caller should start
		 * over.
		 */
		boolean shouldStartOver();

		/** Make an owned entry available again. */
		void giveBack(PoolEntry entry);

		/** Count a timeout and describe it, while the waiter is still queued. */
		QuireTimeoutException timedOut();

	}

}
