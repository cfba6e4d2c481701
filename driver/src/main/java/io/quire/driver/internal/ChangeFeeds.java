package io.quire.driver.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Function;
import java.util.function.Supplier;

import io.quire.driver.Change;
import io.quire.driver.ChangeCursor;
import io.quire.driver.Cursor;

/**
 * Builds the changefeed views of a feed query's cursor: a blocking {@link ChangeCursor}
 * and a {@link Flow.Publisher} with backpressure. Used by
 * {@code io.quire.driver.query.Changes}.
 */
public final class ChangeFeeds {

	private ChangeFeeds() {
	}

	/** The cursor's rows as changes. */
	public static <T> ChangeCursor<T> cursor(Cursor<Object> rows, Function<Object, Change<T>> changes) {
		return new DefaultChangeCursor<>(rows, changes);
	}

	/**
	 * A publisher that runs the feed once per subscriber.
	 * @param open runs the feed query, on each subscription
	 */
	public static <T> Flow.Publisher<Change<T>> publisher(Supplier<CompletableFuture<Opened>> open,
			Function<Object, Change<T>> changes) {
		return (subscriber) -> new ChangeSubscription<>(subscriber, changes).start(open.get());
	}

	/**
	 * An open feed of one subscription.
	 *
	 * @param rows the feed's cursor
	 * @param release run once the subscription ends (returns a borrowed connection)
	 */
	public record Opened(Cursor<Object> rows, Runnable release) {
	}

}
