package io.quire.engine.query;

import org.jspecify.annotations.Nullable;

/**
 * What a START query evaluated to: a single datum (sent as SUCCESS_ATOM) or a stream
 * (sent in batches, SUCCESS_PARTIAL then SUCCESS_SEQUENCE).
 */
public sealed interface QueryResult {

	/**
	 * A datum result; {@code profile} is set when the query asked for
	 * {@code profile: true}.
	 */
	record Atom(@Nullable Object value, @Nullable Object profile) implements QueryResult {
	}

	/** A stream result, consumed batch by batch and closed by the network layer. */
	record Sequence(ResultStream stream, @Nullable Object profile) implements QueryResult {
	}

}
