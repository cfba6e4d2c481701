package io.quire.driver;

import java.util.List;

import io.quire.protocol.ErrorType;
import org.jspecify.annotations.Nullable;

/**
 * The server hit an internal error (INTERNAL).
 */
public class QuireInternalException extends QuireRuntimeException {

	public QuireInternalException(String message, List<Object> backtrace, @Nullable String query) {
		super(message, backtrace, query, ErrorType.INTERNAL);
	}

	protected QuireInternalException(String message, List<Object> backtrace, @Nullable String query,
			ErrorType errorType) {
		super(message, backtrace, query, errorType);
	}

}
