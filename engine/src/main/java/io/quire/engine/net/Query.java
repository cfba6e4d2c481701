package io.quire.engine.net;

import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.protocol.QueryType;
import org.jspecify.annotations.Nullable;

/**
 * What the query decoder makes of one frame: a well-formed query, or the error to answer
 * on its token.
 */
sealed interface Query {

	long token();

	/**
	 * A query of the given type; {@code term} is set for START only.
	 *
	 * @param receivedNanos {@link System#nanoTime()} when the frame was decoded, for
	 * latency
	 */
	record Valid(long token, QueryType type, @Nullable Object term, Map<String, Object> globalOptargs, boolean noreply,
			long receivedNanos) implements Query {
	}

	/** A frame that is not a query: malformed JSON or a bad structure. */
	record Invalid(long token, QueryException error) implements Query {
	}

}
