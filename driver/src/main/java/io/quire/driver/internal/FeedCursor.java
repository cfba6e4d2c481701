package io.quire.driver.internal;

import java.time.Duration;
import java.util.LinkedList;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import io.quire.driver.Cursor;
import io.quire.driver.QuireDriverException;
import org.jspecify.annotations.Nullable;

/**
 * A cursor over a changefeed's batches. Unlike a plain cursor it can wait for the next
 * batch without blocking ({@link #ready()}) or for a bounded time: the CONTINUE stays in
 * flight when a wait gives up, and its rows are kept for the next read. CONTINUE is sent
 * without the network timeout, since the server answers it only once a change exists.
 * Thread-safe.
 */
final class FeedCursor<T> implements Cursor<T> {

	private static final CompletableFuture<Void> READY = CompletableFuture.completedFuture(null);

	private final QueryExchange exchange;

	private final Function<@Nullable Object, T> mapper;

	private final LinkedList<@Nullable Object> rows = new LinkedList<>();

	private final @Nullable Object profile;

	private @Nullable CompletableFuture<Void> fetching;

	private @Nullable Throwable failure;

	private boolean exhausted;

	private boolean closed;

	FeedCursor(QueryExchange exchange, Response first, Function<@Nullable Object, T> mapper) {
		this.exchange = exchange;
		this.mapper = mapper;
		this.profile = first.profile();
		this.rows.addAll(first.data());
		this.exhausted = first.isFinal();
	}

	/**
	 * Completes once a row is ready or the feed has ended, failed or was closed; asks for
	 * more if needed.
	 */
	@Override
	public synchronized CompletableFuture<Void> ready() {
		if (!this.rows.isEmpty() || this.exhausted || this.closed || this.failure != null) {
			return READY;
		}
		CompletableFuture<Void> pending = this.fetching;
		if (pending == null) {
			CompletableFuture<Void> next = new CompletableFuture<>();
			this.fetching = next;
			// may complete at once (and clear this.fetching) on this thread: return our
			// own future
			this.exchange.fetchMoreWithoutTimeout().whenComplete((response, ex) -> arrived(next, response, ex));
			return next;
		}
		return pending;
	}

	private void arrived(CompletableFuture<Void> next, @Nullable Response response, @Nullable Throwable ex) {
		synchronized (this) {
			this.fetching = null;
			if (ex != null) {
				this.failure = Futures.unwrap(ex);
				this.exhausted = true;
			}
			else if (response != null && !this.closed) {
				this.rows.addAll(response.data());
				this.exhausted = response.isFinal();
			}
		}
		next.complete(null);
	}

	/**
	 * The next row if one was received, else {@code null}.
	 * @throws RuntimeException the feed's failure once its rows are used up
	 */
	synchronized @Nullable Object poll() {
		if (!this.rows.isEmpty()) {
			return this.rows.removeFirst();
		}
		if (this.failure != null && !this.closed) {
			throw Futures.rethrowable(this.failure);
		}
		return null;
	}

	/** Whether no row will come any more: ended, failed and read, or closed. */
	synchronized boolean isDone() {
		return this.closed || (this.exhausted && this.rows.isEmpty() && this.failure == null);
	}

	@Override
	public boolean hasNext() {
		while (true) {
			CompletableFuture<Void> next;
			synchronized (this) {
				if (!this.rows.isEmpty()) {
					return true;
				}
				if (this.failure != null && !this.closed) {
					throw Futures.rethrowable(this.failure);
				}
				if (this.exhausted || this.closed) {
					break;
				}
				next = ready();
			}
			this.exchange.checkMayBlock();
			Futures.join(next);
		}
		close();
		return false;
	}

	@Override
	public T next() {
		if (!hasNext()) {
			throw new NoSuchElementException("The changefeed has ended");
		}
		return this.mapper.apply(poll());
	}

	/** The next row within the timeout, empty if none came. */
	Optional<T> next(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Object row = poll();
			if (row != null) {
				return Optional.of(this.mapper.apply(row));
			}
			if (isDone()) {
				throw new NoSuchElementException("The changefeed has ended");
			}
			this.exchange.checkMayBlock();
			if (!await(ready(), deadline - System.nanoTime())) {
				return Optional.empty();
			}
		}
	}

	private static boolean await(CompletableFuture<Void> ready, long nanos) {
		try {
			ready.get(Math.max(0, nanos), TimeUnit.NANOSECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new QuireDriverException("Interrupted while waiting for a change", ex);
		}
		catch (ExecutionException ex) {
			throw Futures.rethrowable(ex.getCause());
		}
	}

	@Override
	public boolean isFeed() {
		return true;
	}

	@Override
	public @Nullable Object profile() {
		return this.profile;
	}

	@Override
	public synchronized boolean isExhausted() {
		return this.exhausted;
	}

	/** Stops the server-side feed (unless it ended) and wakes every waiting reader. */
	@Override
	public void close() {
		CompletableFuture<Void> waiting;
		boolean stop;
		synchronized (this) {
			if (this.closed) {
				return;
			}
			this.closed = true;
			stop = !this.exhausted;
			this.rows.clear();
			waiting = this.fetching;
		}
		this.exchange.finish(stop);
		if (waiting != null) {
			waiting.complete(null);
		}
	}

}
