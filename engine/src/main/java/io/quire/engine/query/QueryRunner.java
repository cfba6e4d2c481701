package io.quire.engine.query;

import java.util.Map;

import io.quire.engine.QuerySession;

/**
 * Evaluates ReQL. Thread-safe: the network layer calls it from worker threads for many
 * queries at once.
 */
public interface QueryRunner {

	/**
	 * Compiles and runs the term of a START query.
	 * @param session who runs it
	 * @param term the query term as parsed from JSON: {@link java.util.List},
	 * {@link Map}, {@link String}, {@link Number}, {@link Boolean} or {@code null}
	 * @param globalOptargs the global optional arguments, values still terms (e.g.
	 * {@code db -> [14, ["test"]]}); {@code db} defaults to {@code test}
	 * @throws io.quire.engine.QueryException for a CLIENT_ERROR, COMPILE_ERROR or
	 * RUNTIME_ERROR
	 */
	QueryResult run(QuerySession session, Object term, Map<String, Object> globalOptargs);

	/**
	 * Whether {@link #run} of this START term finishes at once without waiting on
	 * anything (no lock, no disk sync, no other server), so that the caller may run it on
	 * a network thread that must never block. Permission checks still run in
	 * {@link #run}. None by default.
	 */
	default boolean cannotBlock(Object term, Map<String, Object> globalOptargs) {
		return false;
	}

}
