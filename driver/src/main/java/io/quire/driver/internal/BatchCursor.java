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
 * What every cursor over the batches of one query token does: keeps the rows received,
 * asks for the next batch (CONTINUE) only when they are used up, by a blocking read
 * ({@link #hasNext()}) or a non-blocking one ({@link #ready()}), one CONTINUE at a time,
 * and sends STOP when closed before the last batch. Subclasses say how a batch is asked
 * for. Thread-safe, though a cursor is meant to be read by one reader.
 */
abstract class BatchCursor<T> implements Cursor<T> {

	private static final CompletableFuture<Void> READY = CompletableFuture.completedFuture(null);

	final QueryExchange exchange;

	private final Function<@Nullable Object, T> mapper;

	private final LinkedList<@Nullable Object> rows = new LinkedList<>();

	private final @Nullable Object profile;

	private @Nullable CompletableFuture<Void> fetching;

	private @Nullable Throwable failure;

	private boolean exhausted;

	private boolean closed;

	BatchCursor(QueryExchange exchange, Response first, Function<@Nullable Object, T> mapper) {
		this.exchange = exchange;
		this.mapper = mapper;
		this.profile = first.profile();
		accept(first);
	}

	/** Asks the server for the next batch (CONTINUE). */
	abstract CompletableFuture<Response> fetchMore();

	/** What {@link #next()} says once no row will come. */
	abstract String endedMessage();

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

	/**
	 * Completes once a row is ready or the cursor has ended, failed or was closed; asks
	 * for more if needed.
	 */
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
		fetchMore().whenComplete((response, ex) -> arrived(next, response, ex));
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

	/**
	 * The next row if one was received, else {@code null}.
	 * @throws RuntimeException the failure once the rows are used up
	 */
	synchronized @Nullable Object poll() {
		if (!this.rows.isEmpty()) {
			return this.rows.removeFirst();
		}
		if (this.failure != null && !this.closed) {
			throw failed();
		}
		return null;
	}

	/**
	 * The failure to throw; a feed's is thrown again by every later read, a query's once.
	 */
	private RuntimeException failed() {
		Throwable failed = this.failure;
		if (!isFeed()) {
			this.failure = null;
		}
		return Futures.rethrowable(failed);
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
					throw failed();
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
			throw new NoSuchElementException(endedMessage());
		}
		return map(poll());
	}

	final T map(@Nullable Object row) {
		return this.mapper.apply(row);
	}

	@Override
	public @Nullable Object profile() {
		return this.profile;
	}

	@Override
	public synchronized boolean isExhausted() {
		return this.exhausted;
	}

	/** Stops the server side (unless it ended) and wakes every waiting reader. */
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
