package io.quire.driver.internal;

import java.util.LinkedList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.quire.driver.Cursor;
import io.quire.protocol.ResponseType;
import org.jspecify.annotations.Nullable;

/**
 * A cursor over the batches of one query token. The next batch is asked for (CONTINUE)
 * only when the rows received are used up, by a blocking read ({@link #hasNext()}) or a
 * non-blocking one ({@link #ready()}), one CONTINUE at a time; closing before the last
 * batch sends STOP. Thread-safe, though a cursor is meant to be read by one reader.
 */
final class DefaultCursor<T> implements Cursor<T> {

	private static final CompletableFuture<Void> READY = CompletableFuture.completedFuture(null);

	private final QueryExchange exchange;

	private final Function<@Nullable Object, T> mapper;

	private final LinkedList<@Nullable Object> rows = new LinkedList<>();

	private final boolean feed;

	private final @Nullable Object profile;

	private @Nullable CompletableFuture<Void> fetching;

	private @Nullable Throwable failure;

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
	public synchronized CompletableFuture<Void> ready() {
		if (!this.rows.isEmpty() || this.exhausted || this.closed || this.failure != null) {
			return READY;
		}
		CompletableFuture<Void> pending = this.fetching;
		if (pending != null) {
			return pending;
		}
		CompletableFuture<Void> next = new CompletableFuture<>();
		this.fetching = next;
		// may complete at once on this thread (and clear this.fetching): return our own
		this.exchange.fetchMore().whenComplete((response, ex) -> arrived(next, response, ex));
		return next;
	}

	private void arrived(CompletableFuture<Void> next, @Nullable Response response, @Nullable Throwable ex) {
		synchronized (this) {
			this.fetching = null;
			if (ex != null) {
				this.failure = Futures.unwrap(ex);
				this.exhausted = true;
			}
			else if (response != null && !this.closed) {
				accept(response);
			}
		}
		next.complete(null);
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
					Throwable failed = this.failure;
					this.failure = null;
					throw Futures.rethrowable(failed);
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
			throw new NoSuchElementException("The cursor has no more rows");
		}
		Object row;
		synchronized (this) {
			row = this.rows.removeFirst();
		}
		return this.mapper.apply(row);
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
