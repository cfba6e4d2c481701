package io.quire.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.quire.engine.QueryException;
import io.quire.engine.QuerySession;
import io.quire.engine.net.InProcessClient;
import io.quire.engine.query.QueryResult;
import io.quire.engine.query.QueryRunner;
import io.quire.engine.query.ResultStream;
import io.quire.engine.query.RunningQueries;
import io.quire.engine.term.Cancellation;
import io.quire.protocol.QueryType;
import org.jspecify.annotations.Nullable;

/**
 * Runs ReQL terms as a session's user, the way the driver port does: each query is
 * registered in the engine's {@link RunningQueries} (so it shows in
 * {@code rethinkdb.jobs} and can be cancelled), evaluated inside its cancellation by the
 * server's {@link QueryRunner} (same permission checks and memory limit as drivers),
 * counted and limited by the session's {@link InProcessClient} as the driver port counts
 * and limits its queries (metrics, running queries, open cursors), and a long result is
 * kept as a cursor of the session, read by continue and ended by stop.
 */
final class ConsoleQueries {

	private final Supplier<QueryRunner> runner;

	private final Supplier<RunningQueries> running;

	private final ConsoleOptions options;

	ConsoleQueries(Supplier<QueryRunner> runner, Supplier<RunningQueries> running, ConsoleOptions options) {
		this.runner = runner;
		this.running = running;
		this.options = options;
	}

	/** Runs a START: an atom, the first batch of a sequence, or an open changefeed. */
	Map<String, Object> start(ConsoleSession session, Object term, Map<String, Object> optargs)
			throws InterruptedException {
		if (session.cursorCount() >= this.options.maxCursorsPerSession()) {
			throw QueryException.resourceLimit("Too many open cursors in this session (the maximum is "
					+ this.options.maxCursorsPerSession() + "); stop one first.");
		}
		long started = System.nanoTime();
		InProcessClient.Started counted = session.client().start(QueryType.START, term);
		boolean failed = true;
		try {
			Map<String, Object> answer = answer(session, register(session, term), term, optargs, started);
			failed = false;
			return answer;
		}
		finally {
			counted.answered(failed);
		}
	}

	private Map<String, Object> answer(ConsoleSession session, Running query, Object term, Map<String, Object> optargs,
			long started) throws InterruptedException {
		QueryResult result = evaluate(query, term, optargs);
		if (result instanceof QueryResult.Atom atom) {
			query.end();
			return answer("SUCCESS_ATOM", atom.value(), atom.profile(), started);
		}
		QueryResult.Sequence sequence = (QueryResult.Sequence) result;
		Runnable cursorClosed = session.client().cursorOpened();
		ConsoleCursor cursor = new ConsoleCursor(UUID.randomUUID().toString(), sequence.stream(), query.cancellation(),
				() -> {
					query.end();
					cursorClosed.run();
				});
		return firstBatch(session, cursor, sequence.profile(), started);
	}

	private Running register(ConsoleSession session, Object term) {
		RunningQueries queries = this.running.get();
		QuerySession querySession = session.querySession();
		long token = session.nextToken();
		return new Running(queries, querySession, token, queries.start(querySession, token, term));
	}

	private QueryResult evaluate(Running query, Object term, Map<String, Object> optargs) {
		try (Cancellation.Scope scope = query.cancellation().enter()) {
			return this.runner.get().run(query.session(), term, optargs);
		}
		catch (RuntimeException ex) {
			query.end();
			throw ex;
		}
	}

	/**
	 * A changefeed answers at once with no rows (its changes come by continue or the
	 * events stream); another sequence with its first batch.
	 */
	private Map<String, Object> firstBatch(ConsoleSession session, ConsoleCursor cursor, @Nullable Object profile,
			long started) throws InterruptedException {
		session.addCursor(cursor);
		if (cursor.isFeed()) {
			return batchAnswer(cursor, new ResultStream.Batch(List.of(), false), profile, started);
		}
		return batchAnswer(cursor, read(session, cursor), profile, started);
	}

	/** The next batch of an open cursor; a changefeed's waits for a change. */
	Map<String, Object> next(ConsoleSession session, String queryId) throws InterruptedException {
		ConsoleCursor cursor = cursor(session, queryId);
		InProcessClient.Started counted = session.client().start(QueryType.CONTINUE, null);
		boolean failed = true;
		try {
			Map<String, Object> answer = nextBatch(session, cursor);
			failed = false;
			return answer;
		}
		finally {
			counted.answered(failed);
		}
	}

	private Map<String, Object> nextBatch(ConsoleSession session, ConsoleCursor cursor) throws InterruptedException {
		long started = System.nanoTime();
		try {
			return batchAnswer(cursor, read(session, cursor), null, started);
		}
		catch (QueryException ex) {
			if (!cursor.isStopped()) {
				throw ex;
			}
			// stopped while waiting: an empty last batch, as a STOP answers on the driver
			// port
			return batchAnswer(cursor, new ResultStream.Batch(List.of(), true), null, started);
		}
	}

	/** Reads a batch, forgetting the cursor after its last one or an error. */
	ResultStream.Batch read(ConsoleSession session, ConsoleCursor cursor) throws InterruptedException {
		try {
			ResultStream.Batch batch = cursor.next();
			if (batch.last()) {
				forget(session, cursor);
			}
			return batch;
		}
		catch (RuntimeException | InterruptedException ex) {
			forget(session, cursor);
			throw ex;
		}
	}

	/** Stops a query: a waiting changefeed ends, the cursor closes. */
	void stop(ConsoleSession session, String queryId) {
		ConsoleCursor cursor = session.removeCursor(queryId);
		if (cursor == null) {
			throw ConsoleException.notFound("No open query " + queryId + " in this session.");
		}
		InProcessClient.Started counted = session.client().start(QueryType.STOP, null);
		try {
			cursor.stop();
		}
		finally {
			counted.answered(false);
		}
	}

	ConsoleCursor cursor(ConsoleSession session, String queryId) {
		ConsoleCursor cursor = session.cursor(queryId);
		if (cursor == null) {
			throw ConsoleException.notFound("No open query " + queryId + " in this session.");
		}
		return cursor;
	}

	private static void forget(ConsoleSession session, ConsoleCursor cursor) {
		session.removeCursor(cursor.id());
		cursor.close();
	}

	private static Map<String, Object> batchAnswer(ConsoleCursor cursor, ResultStream.Batch batch,
			@Nullable Object profile, long started) {
		Map<String, Object> answer = answer(batch.last() ? "SUCCESS_SEQUENCE" : "SUCCESS_PARTIAL", null, profile,
				started);
		answer.remove("value");
		answer.put("results", batch.rows());
		answer.put("done", batch.last());
		answer.put("feed", cursor.isFeed());
		if (!batch.last()) {
			answer.put("id", cursor.id());
		}
		return answer;
	}

	private static Map<String, Object> answer(String type, @Nullable Object value, @Nullable Object profile,
			long started) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("type", type);
		answer.put("value", value);
		if (profile != null) {
			answer.put("profile", profile);
		}
		answer.put("durationMs", (System.nanoTime() - started) / 1_000_000.0);
		return answer;
	}

	/** A query registered in the engine's running queries until {@link #end()}. */
	private record Running(RunningQueries queries, QuerySession session, long token, Cancellation cancellation) {

		void end() {
			this.queries.end(this.session.connectionId(), this.token, this.cancellation);
		}

	}

}
