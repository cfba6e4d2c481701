package io.quire.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.quire.engine.QuerySession;
import io.quire.engine.query.QueryResult;
import io.quire.engine.query.QueryRunner;
import io.quire.engine.query.ResultStream;
import io.quire.protocol.TermType;

/**
 * Reads {@code rethinkdb.current_issues} as a session's user, through the engine's query
 * runner, so the dashboard sees what {@code r.db('rethinkdb').table('current_issues')}
 * would show that user, with the same permission checks.
 */
final class CurrentIssues {

	private static final List<Object> TERM = List.of(TermType.TABLE.value(),
			List.of(List.of(TermType.DB.value(), List.of("rethinkdb")), "current_issues"));

	private final Supplier<QueryRunner> runner;

	CurrentIssues(Supplier<QueryRunner> runner) {
		this.runner = runner;
	}

	/**
	 * The issues now.
	 * @throws io.quire.engine.QueryException when the user may not read them
	 */
	List<Object> read(QuerySession session) throws InterruptedException {
		QueryResult result = this.runner.get().run(session, TERM, Map.of());
		if (result instanceof QueryResult.Atom atom) {
			return (atom.value() instanceof List<?> list) ? List.copyOf(list) : List.of();
		}
		try (ResultStream stream = ((QueryResult.Sequence) result).stream()) {
			List<Object> rows = new ArrayList<>();
			ResultStream.Batch batch;
			do {
				batch = stream.nextBatch();
				rows.addAll(batch.rows());
			}
			while (!batch.last());
			return rows;
		}
	}

}
