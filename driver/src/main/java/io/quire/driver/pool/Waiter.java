package io.quire.driver.pool;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.quire.driver.internal.Futures;
import org.jspecify.annotations.Nullable;

/**
 * A caller waiting for a connection: a thread ({@link #parked()}) or a future
 * ({@link #completing(CompletableFuture)}). The first of {@link #serve}, {@link #fail}
 * and {@link #cancel} wins; a releasing thread that loses simply tries the next waiter.
 * <p>
 * A future is always served directly. A thread is first only woken up to compete for the
 * returned connection with the threads that are running (handing it to a thread that is
 * not running yet would leave the connection unused meanwhile, and queue up everyone
 * behind it); once it has waited longer than {@link #PATIENCE_NANOS} it is served
 * directly, so that running threads can overtake a waiting one only for that long.
 */
final class Waiter {

	static final long PATIENCE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

	private static final Object CANCELLED = new Object();

	private static final VarHandle OUTCOME;

	static {
		try {
			OUTCOME = MethodHandles.lookup().findVarHandle(Waiter.class, "outcome", Object.class);
		}
		catch (ReflectiveOperationException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private final @Nullable Thread thread;

	private final @Nullable CompletableFuture<PoolEntry> future;

	private final long since = System.nanoTime();

	private volatile boolean sleeping;

	/** {@code null} while waiting, then an entry, a failure or {@link #CANCELLED}. */
	private volatile @Nullable Object outcome;

	private Waiter(@Nullable Thread thread, @Nullable CompletableFuture<PoolEntry> future) {
		this.thread = thread;
		this.future = future;
	}

	/** A waiter for the current thread. */
	static Waiter parked() {
		return new Waiter(Thread.currentThread(), null);
	}

	/** A waiter that completes the future. */
	static Waiter completing(CompletableFuture<PoolEntry> future) {
		return new Waiter(null, future);
	}

	/** Whether this waiter completes the future. */
	boolean completes(CompletableFuture<PoolEntry> candidate) {
		return this.future == candidate;
	}

	/** Whether a returned connection should go to this waiter rather than be idle. */
	boolean wantsHandOff() {
		return this.thread == null || System.nanoTime() - this.since > PATIENCE_NANOS;
	}

	/** Wake the waiting thread up to look for an idle connection, if it sleeps. */
	void wake() {
		if (this.thread != null && this.sleeping) {
			LockSupport.unpark(this.thread);
		}
	}

	/**
	 * From now on, let {@link #wake()} unpark the thread: call it, look once more for a
	 * connection, then {@link #sleep(long)}.
	 */
	void goingToSleep() {
		this.sleeping = true;
	}

	/** Park the waiting thread for at most the time given or until woken up. */
	void sleep(long nanos) {
		if (this.outcome == null) {
			LockSupport.parkNanos(this, nanos);
		}
	}

	boolean isWaiting() {
		return this.outcome == null;
	}

	/** Hand over an entry; {@code false} when this waiter no longer waits. */
	boolean serve(PoolEntry entry) {
		return settle(entry) && (this.future == null || this.future.complete(entry));
	}

	/** Fail the waiter; {@code false} when it no longer waits. */
	boolean fail(Throwable failure) {
		return settle(failure) && (this.future == null || this.future.completeExceptionally(failure));
	}

	/** Stop waiting; {@code false} when the waiter was served or failed first. */
	boolean cancel() {
		return settle(CANCELLED);
	}

	private boolean settle(Object result) {
		if (!OUTCOME.compareAndSet(this, null, result)) {
			return false;
		}
		wake();
		return true;
	}

	/** The entry this waiter was served with, if it was (once it stopped waiting). */
	@Nullable PoolEntry handedOver() {
		return (this.outcome instanceof PoolEntry entry) ? entry : null;
	}

	/**
	 * The entry this waiter was served with.
	 * @throws RuntimeException the failure it was failed with
	 */
	PoolEntry served() {
		Object result = this.outcome;
		if (result instanceof Throwable failure) {
			throw Futures.rethrowable(failure);
		}
		return (PoolEntry) result;
	}

}
