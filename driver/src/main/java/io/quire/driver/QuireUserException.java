package io.quire.driver;

import java.util.List;

import io.quire.protocol.ErrorType;
import org.jspecify.annotations.Nullable;

/**
 * The query raised an error on purpose with {@code r.error} (USER).
 */
public class QuireUserException extends QuireRuntimeException {

	public QuireUserException(String message, List<Object> backtrace, @Nullable String query) {
		super(message, backtrace, query, ErrorType.USER);
	}

	protected QuireUserException(String message, List<Object> backtrace, @Nullable String query, ErrorType errorType) {
		super(message, backtrace, query, errorType);
	}

}
