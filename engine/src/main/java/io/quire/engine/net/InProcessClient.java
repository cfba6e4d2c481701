package io.quire.engine.net;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.quire.engine.QueryException;
import io.quire.protocol.QueryType;
import org.jspecify.annotations.Nullable;

/**
 * A client that runs queries in the server's process instead of over a socket (the web
 * console's API), held to the driver port's limits and counted in its statistics: it
 * takes a place under the connection limit until closed, runs at most
 * {@link QueryThrottle#MAX_CONCURRENT_QUERIES} queries at once (refusing more, as it has
 * no socket to stop reading), and each query is counted as running, answered by kind and
 * told to the {@link io.quire.engine.QueryListener} exactly as a driver's is.
 */
public final class InProcessClient implements AutoCloseable {

	private final ConnectionRegistry registry;

	private final ServerContext context;

	private final AtomicInteger running = new AtomicInteger();

	private final AtomicBoolean open = new AtomicBoolean(true);

	private InProcessClient(ConnectionRegistry registry, ServerContext context) {
		this.registry = registry;
		this.context = context;
	}

	/**
	 * A client in a place under the connection limit.
	 * @throws QueryException RESOURCE_LIMIT when the server has no place left
	 */
	static InProcessClient connect(ConnectionRegistry registry, ServerContext context) {
		if (!registry.tryAcquire()) {
			throw QueryException.resourceLimit(DriverChannelInitializer.refusal(registry));
		}
		return new InProcessClient(registry, context);
	}

	/**
	 * Counts a query as running until {@link Started#answered(boolean)}.
	 * @param type the query's type
	 * @param term a START's term, naming its kind for metrics as the driver port does
	 * @throws QueryException OP_FAILED when the server shuts down, RESOURCE_LIMIT when
	 * this client runs as many queries as it may
	 */
	public Started start(QueryType type, @Nullable Object term) {
		if (this.context.draining().get()) {
			throw QueryException.opFailed("The server is shutting down.");
		}
		if (this.running.incrementAndGet() > QueryThrottle.MAX_CONCURRENT_QUERIES) {
			this.running.decrementAndGet();
			throw QueryException.resourceLimit("Too many queries running at once on this client (the maximum is "
					+ QueryThrottle.MAX_CONCURRENT_QUERIES + ").");
		}
		this.context.statistics().started();
		return new Started((type == QueryType.START) ? QueryKinds.of(term) : type.name(), System.nanoTime());
	}

	/** Counts a cursor of this client as open, until the returned action runs. */
	public Runnable cursorOpened() {
		QueryStatistics statistics = this.context.statistics();
		statistics.cursorOpened();
		AtomicBoolean closed = new AtomicBoolean();
		return () -> {
			if (closed.compareAndSet(false, true)) {
				statistics.cursorClosed();
			}
		};
	}

	/** Gives the client's place back; closing again has no effect. */
	@Override
	public void close() {
		if (this.open.compareAndSet(true, false)) {
			this.registry.release();
		}
	}

	/** One query being counted; answering it more than once has no effect. */
	public final class Started {

		private final String kind;

		private final long receivedNanos;

		private final AtomicBoolean answered = new AtomicBoolean();

		private Started(String kind, long receivedNanos) {
			this.kind = kind;
			this.receivedNanos = receivedNanos;
		}

		/** The query has its (first) answer: counted by kind, and no longer running. */
		public void answered(boolean failed) {
			if (this.answered.compareAndSet(false, true)) {
				QueryStatistics statistics = InProcessClient.this.context.statistics();
				statistics.answered(this.kind, this.receivedNanos, failed);
				statistics.finished();
				InProcessClient.this.running.decrementAndGet();
			}
		}

	}

}
