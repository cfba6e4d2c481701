package io.quire.driver;

import java.util.List;

import io.quire.protocol.ErrorType;
import org.jspecify.annotations.Nullable;

/**
 * The query is wrong for the data it met, for example a type mismatch (QUERY_LOGIC).
 */
public class QuireQueryLogicException extends QuireRuntimeException {

	public QuireQueryLogicException(String message, List<Object> backtrace, @Nullable String query) {
		super(message, backtrace, query, ErrorType.QUERY_LOGIC);
	}

	protected QuireQueryLogicException(String message, List<Object> backtrace, @Nullable String query,
			ErrorType errorType) {
		super(message, backtrace, query, errorType);
	}

}
