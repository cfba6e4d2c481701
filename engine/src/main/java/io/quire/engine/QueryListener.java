package io.quire.engine;

import java.time.Duration;

/**
 * Told about every query a {@link QuireServer} answers, for metrics. Called from worker
 * threads, possibly concurrently; it must be fast and must not throw.
 */
@FunctionalInterface
public interface QueryListener {

	/** A listener that ignores every query. */
	QueryListener NONE = (queryKind, latency, failed) -> {
	};

	/**
	 * One query was answered.
	 * @param queryKind the top-level term name of a START query (e.g. {@code TABLE},
	 * {@code INSERT}), or the query type for the others ({@code CONTINUE}, {@code STOP},
	 * {@code NOREPLY_WAIT}, {@code SERVER_INFO})
	 * @param latency from receiving the query to writing its (first) response
	 * @param failed whether the response was an error
	 */
	void onQuery(String queryKind, Duration latency, boolean failed);

}
