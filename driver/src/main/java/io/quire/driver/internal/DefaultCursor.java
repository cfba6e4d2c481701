package io.quire.driver.internal;

import java.util.LinkedList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

import io.quire.driver.Cursor;
import io.quire.protocol.ResponseType;
import org.jspecify.annotations.Nullable;

/**
 * A cursor over the batches of one query token. The next batch is asked for (CONTINUE)
 * only when the rows received are used up; closing before the last batch sends STOP.
 * Thread-safe, though a cursor is meant to be read by one thread.
 */
final class DefaultCursor<T> implements Cursor<T> {

	private final QueryExchange exchange;

	private final Function<@Nullable Object, T> mapper;

	private final LinkedList<@Nullable Object> rows = new LinkedList<>();

	private final boolean feed;

	private final @Nullable Object profile;

	private boolean exhausted;

	private boolean closed;

	DefaultCursor(QueryExchange exchange, Response first, Function<@Nullable Object, T> mapper) {
		this.exchange = exchange;
		this.mapper = mapper;
		this.feed = first.isFeed();
		this.profile = first.profile();
		accept(first);
	}

	private void accept(Response response) {
		if (response.type() == ResponseType.SUCCESS_ATOM) {
			Object atom = response.data().isEmpty() ? null : response.data().get(0);
			if (atom instanceof List<?> list) {
				this.rows.addAll(list);
			}
			else {
				this.rows.add(atom);
			}
		}
		else {
			this.rows.addAll(response.data());
		}
		this.exhausted = response.isFinal();
	}

	@Override
	public synchronized boolean hasNext() {
		while (this.rows.isEmpty() && !this.exhausted && !this.closed) {
			this.exchange.checkMayBlock();
			accept(Futures.join(this.exchange.fetchMore()));
		}
		if (this.rows.isEmpty() && !this.closed) {
			close();
		}
		return !this.rows.isEmpty();
	}

	@Override
	public synchronized T next() {
		if (!hasNext()) {
			throw new NoSuchElementException("The cursor has no more rows");
		}
		return this.mapper.apply(this.rows.removeFirst());
	}

	@Override
	public boolean isFeed() {
		return this.feed;
	}

	@Override
	public @Nullable Object profile() {
		return this.profile;
	}

	@Override
	public synchronized boolean isExhausted() {
		return this.exhausted;
	}

	@Override
	public void close() {
		boolean stop;
		synchronized (this) {
			if (this.closed) {
				return;
			}
			this.closed = true;
			stop = !this.exhausted;
			this.rows.clear();
		}
		this.exchange.finish(stop);
	}

}
