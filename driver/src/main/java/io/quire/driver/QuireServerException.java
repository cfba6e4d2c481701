package io.quire.driver;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The server answered a query with an error. Carries the server's message and, where the
 * server sent one, the backtrace: the path from the query's root term to the failing
 * term, each frame a positional argument index ({@link Integer}) or an optional argument
 * name ({@link String}).
 */
public class QuireServerException extends QuireException {

	private final List<Object> backtrace;

	private final @Nullable String query;

	public QuireServerException(String message, List<Object> backtrace, @Nullable String query) {
		super(describe(message, backtrace, query));
		this.backtrace = List.copyOf(backtrace);
		this.query = query;
	}

	/** The path to the failing term, empty when the server sent none. */
	public List<Object> backtrace() {
		return this.backtrace;
	}

	/** The JSON of the query that failed, when known. */
	public @Nullable String query() {
		return this.query;
	}

	private static String describe(String message, List<Object> backtrace, @Nullable String query) {
		StringBuilder text = new StringBuilder(message);
		if (query != null) {
			text.append(" in query ").append(query);
		}
		if (!backtrace.isEmpty()) {
			text.append(" (backtrace ").append(backtrace).append(')');
		}
		return text.toString();
	}

}
