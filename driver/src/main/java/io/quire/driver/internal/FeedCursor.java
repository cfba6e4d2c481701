package io.quire.driver.internal;

import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import io.quire.driver.QuireDriverException;
import org.jspecify.annotations.Nullable;

/**
 * A cursor over a changefeed's batches. Unlike a plain cursor it can wait for the next
 * batch without blocking ({@link #ready()}) or for a bounded time: the CONTINUE stays in
 * flight when a wait gives up, and its rows are kept for the next read. CONTINUE is sent
 * without the network timeout, since the server answers it only once a change exists.
 * Thread-safe.
 */
final class FeedCursor<T> extends BatchCursor<T> {

	FeedCursor(QueryExchange exchange, Response first, Function<@Nullable Object, T> mapper) {
		super(exchange, first, mapper);
	}

	@Override
	CompletableFuture<Response> fetchMore() {
		return this.exchange.fetchMoreWithoutTimeout();
	}

	@Override
	String endedMessage() {
		return "The changefeed has ended";
	}

	/** The next row within the timeout, empty if none came. */
	Optional<T> next(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Object row = poll();
			if (row != null) {
				return Optional.of(map(row));
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

}
