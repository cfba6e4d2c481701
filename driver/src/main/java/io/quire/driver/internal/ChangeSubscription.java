package io.quire.driver.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.quire.driver.Change;
import io.quire.driver.Cursor;
import io.quire.driver.QuireProtocolException;
import org.jspecify.annotations.Nullable;

/**
 * One subscriber's changefeed: rows are handed on only as far as the subscriber
 * requested, and the next batch is asked for (CONTINUE) only while there is demand and no
 * row is left. Signals are serialised by a work-in-progress counter; cancelling closes
 * the cursor, which sends STOP.
 */
final class ChangeSubscription<T> implements Flow.Subscription {

	private final Flow.Subscriber<? super Change<T>> subscriber;

	private final Function<Object, Change<T>> changes;

	private final AtomicLong demand = new AtomicLong();

	private final AtomicInteger work = new AtomicInteger();

	private final AtomicBoolean ended = new AtomicBoolean();

	private volatile @Nullable FeedCursor<Object> cursor;

	private @Nullable Runnable release;

	private boolean released;

	private volatile boolean cancelled;

	/**
	 * A non-positive request, reported from the drain loop so that signals never overlap.
	 */
	private volatile @Nullable IllegalArgumentException badRequest;

	ChangeSubscription(Flow.Subscriber<? super Change<T>> subscriber, Function<Object, Change<T>> changes) {
		this.subscriber = subscriber;
		this.changes = changes;
	}

	/** Signals onSubscribe, then starts emitting once the feed is open. */
	void start(CompletableFuture<ChangeFeeds.Opened> opening) {
		this.subscriber.onSubscribe(this);
		opening.whenComplete((opened, failure) -> {
			if (failure != null) {
				end(Futures.unwrap(failure));
			}
			else if (!(opened.rows() instanceof FeedCursor<Object> feed)) {
				opened.rows().close();
				opened.release().run();
				end(new QuireProtocolException("The query did not return a changefeed"));
			}
			else {
				this.cursor = feed;
				keepRelease(opened.release());
				drain();
			}
		});
	}

	/**
	 * Keeps what to release at the end, or releases it now if the subscription already
	 * ended.
	 */
	private void keepRelease(Runnable release) {
		boolean now;
		synchronized (this) {
			this.release = release;
			now = this.released;
		}
		if (now) {
			closeAndRelease();
		}
	}

	/** Closes the feed (STOP) and releases its connection, once both are known. */
	private void closeAndRelease() {
		FeedCursor<Object> feed = this.cursor;
		Runnable toRun;
		synchronized (this) {
			this.released = true;
			toRun = this.release;
			this.release = null;
		}
		if (feed != null) {
			feed.close();
		}
		if (toRun != null) {
			toRun.run();
		}
	}

	@Override
	public void request(long n) {
		if (n <= 0) {
			this.badRequest = new IllegalArgumentException(
					"Rule 3.9: the number of changes requested must be positive, was " + n);
			drain();
			return;
		}
		this.demand.getAndUpdate((current) -> (current + n < 0) ? Long.MAX_VALUE : current + n);
		drain();
	}

	@Override
	public void cancel() {
		this.cancelled = true;
		this.ended.set(true);
		closeAndRelease();
	}

	private void drain() {
		if (this.work.getAndIncrement() != 0) {
			return;
		}
		do {
			emit();
		}
		while (this.work.decrementAndGet() != 0);
	}

	private void emit() {
		IllegalArgumentException invalid = this.badRequest;
		if (invalid != null) {
			end(invalid);
			return;
		}
		FeedCursor<Object> feed = this.cursor;
		while (feed != null && !this.cancelled && !this.ended.get() && this.demand.get() > 0) {
			Object row;
			try {
				row = feed.poll();
			}
			catch (RuntimeException ex) {
				end(ex);
				return;
			}
			if (row == null) {
				waitForRows(feed);
				return;
			}
			this.demand.decrementAndGet();
			this.subscriber.onNext(this.changes.apply(row));
		}
	}

	private void waitForRows(FeedCursor<Object> feed) {
		if (feed.isDone()) {
			end(null);
		}
		else {
			feed.ready().thenRun(this::drain);
		}
	}

	/** Completes (null) or fails the subscriber once, and releases the feed. */
	private void end(@Nullable Throwable failure) {
		if (!this.ended.compareAndSet(false, true)) {
			return;
		}
		closeAndRelease();
		if (failure != null) {
			this.subscriber.onError(failure);
		}
		else {
			this.subscriber.onComplete();
		}
	}

}
