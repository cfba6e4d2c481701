package io.quire.engine.query;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quire.engine.QuerySession;
import io.quire.engine.term.Cancellation;
import org.jspecify.annotations.Nullable;

/**
 * The queries running now, by connection and token: a query is registered when its START
 * arrives and leaves once it is answered for the last time (its cursor closed). This is
 * the one way to cancel a running query, whatever asks: a STOP, a closing connection, the
 * server's shutdown, or a deleted row of {@code rethinkdb.jobs}. Thread-safe.
 */
public final class RunningQueries {

	private final Map<Id, Entry> running = new ConcurrentHashMap<>();

	private final Clock clock;

	public RunningQueries() {
		this(Clock.systemUTC());
	}

	RunningQueries(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Registers a query that starts now.
	 * @return its cancellation, for the evaluation to check and {@link #end} to name it
	 */
	public Cancellation start(QuerySession session, long token, @Nullable Object term) {
		Cancellation cancellation = new Cancellation();
		RunningQuery query = new RunningQuery(session.connectionId(), token, session.user(), session.clientAddress(),
				term, this.clock.instant());
		this.running.put(new Id(session.connectionId(), token), new Entry(query, cancellation));
		return cancellation;
	}

	/** Forgets the query if the token still names the one with this cancellation. */
	public void end(long connectionId, long token, Cancellation cancellation) {
		this.running.computeIfPresent(new Id(connectionId, token),
				(id, entry) -> (entry.cancellation() == cancellation) ? null : entry);
	}

	/** The running queries, oldest first. */
	public List<RunningQuery> list() {
		return this.running.values()
			.stream()
			.map(Entry::query)
			.sorted(Comparator.comparing(RunningQuery::startedAt))
			.toList();
	}

	public int size() {
		return this.running.size();
	}

	/**
	 * Cancels a query as the deletion of its {@code rethinkdb.jobs} row does: it stops
	 * within one row's work and answers {@code Query terminated by the `rethinkdb.jobs`
	 * table.}
	 * @return whether such a query was running
	 */
	public boolean cancel(long connectionId, long token) {
		return cancel(connectionId, token, Cancellation.Reason.JOB_DELETED);
	}

	/** Cancels one query for the given reason; false if none runs on that token. */
	public boolean cancel(long connectionId, long token, Cancellation.Reason reason) {
		Entry entry = this.running.get(new Id(connectionId, token));
		return entry != null && entry.cancellation().cancel(reason);
	}

	/** Cancels every query of a connection. */
	public void cancelConnection(long connectionId, Cancellation.Reason reason) {
		this.running.forEach((id, entry) -> {
			if (id.connectionId() == connectionId) {
				entry.cancellation().cancel(reason);
			}
		});
	}

	/** Cancels every running query. */
	public void cancelAll(Cancellation.Reason reason) {
		this.running.values().forEach((entry) -> entry.cancellation().cancel(reason));
	}

	private record Id(long connectionId, long token) {
	}

	private record Entry(RunningQuery query, Cancellation cancellation) {
	}

}
