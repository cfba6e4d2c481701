package io.quire.driver;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;

/**
 * The rows of a query result. A sequence arrives in batches: the next batch is fetched
 * (CONTINUE) only when the rows already received are used up, and closing the cursor
 * before the end tells the server to drop the rest (STOP). An atom result is a cursor
 * over one row, except an array, whose elements are the rows. Iterate once; use it in
 * try-with-resources.
 *
 * @param <T> the type each row is mapped to
 */
public interface Cursor<T> extends Iterator<T>, Iterable<T>, AutoCloseable {

	/**
	 * Whether another row remains, fetching the next batch if needed.
	 * @throws QuireTimeoutException if the next batch did not come within the network
	 * timeout
	 */
	@Override
	boolean hasNext();

	@Override
	T next();

	/** This cursor itself: a cursor can be iterated only once. */
	@Override
	default Iterator<T> iterator() {
		return this;
	}

	/**
	 * The remaining rows as a sequential stream that closes the cursor when it is closed.
	 */
	default Stream<T> stream() {
		Spliterator<T> rows = Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED);
		return StreamSupport.stream(rows, false).onClose(this::close);
	}

	/** Every remaining row, then closes the cursor. */
	default List<T> toList() {
		try (this) {
			List<T> rows = new ArrayList<>();
			forEachRemaining(rows::add);
			return rows;
		}
	}

	/** The first remaining row or {@code null}, then closes the cursor. */
	default @Nullable T first() {
		try (this) {
			return hasNext() ? next() : null;
		}
	}

	/**
	 * The only row, then closes the cursor.
	 * @throws NoSuchElementException if there is no row or more than one
	 */
	default T single() {
		try (this) {
			if (!hasNext()) {
				throw new NoSuchElementException("The result has no row");
			}
			T row = next();
			if (hasNext()) {
				throw new NoSuchElementException("The result has more than one row");
			}
			return row;
		}
	}

	/**
	 * Completes once {@link #hasNext()} can answer without waiting for the server: a row
	 * was received, or the result has ended, failed or was closed. Asks for the next
	 * batch (CONTINUE) if the rows received are used up, at most once at a time; never
	 * blocks. This lets a non-blocking reader (a reactive stream) read batch by batch as
	 * far as it is asked to. A cursor that holds its whole result is always ready.
	 */
	default CompletableFuture<Void> ready() {
		return CompletableFuture.completedFuture(null);
	}

	/** Whether the result is a changefeed, which never ends by itself. */
	boolean isFeed();

	/**
	 * The server's profile of the query when it ran with {@code profile}, else
	 * {@code null}.
	 */
	@Nullable Object profile();

	/** Whether every row has been received from the server. */
	boolean isExhausted();

	/**
	 * Drop the remaining rows; tells the server to stop if the result was not complete.
	 * Idempotent.
	 */
	@Override
	void close();

}
