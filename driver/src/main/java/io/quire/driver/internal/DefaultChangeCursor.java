package io.quire.driver.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import io.quire.driver.Change;
import io.quire.driver.ChangeCursor;
import io.quire.driver.Cursor;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ChangeCursor} over the raw rows of a changefeed cursor, each turned into a
 * {@link Change}.
 */
final class DefaultChangeCursor<T> implements ChangeCursor<T> {

	private final Cursor<Object> rows;

	private final Function<Object, Change<T>> changes;

	DefaultChangeCursor(Cursor<Object> rows, Function<Object, Change<T>> changes) {
		this.rows = rows;
		this.changes = changes;
	}

	@Override
	public boolean hasNext() {
		return this.rows.hasNext();
	}

	@Override
	public Change<T> next() {
		return this.changes.apply(this.rows.next());
	}

	@Override
	public Optional<Change<T>> next(Duration timeout) {
		if (this.rows instanceof FeedCursor<Object> feed) {
			return feed.next(timeout).map(this.changes);
		}
		return Optional.of(next());
	}

	@Override
	public boolean isFeed() {
		return this.rows.isFeed();
	}

	@Override
	public @Nullable Object profile() {
		return this.rows.profile();
	}

	@Override
	public boolean isExhausted() {
		return this.rows.isExhausted();
	}

	@Override
	public void close() {
		this.rows.close();
	}

}
