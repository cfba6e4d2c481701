package io.quire.driver;

import java.util.List;

import io.quire.protocol.ErrorType;
import org.jspecify.annotations.Nullable;

/**
 * The query went over a limit such as {@code array_limit} (RESOURCE_LIMIT).
 */
public class QuireResourceLimitException extends QuireRuntimeException {

	public QuireResourceLimitException(String message, List<Object> backtrace, @Nullable String query) {
		super(message, backtrace, query, ErrorType.RESOURCE_LIMIT);
	}

	protected QuireResourceLimitException(String message, List<Object> backtrace, @Nullable String query,
			ErrorType errorType) {
		super(message, backtrace, query, errorType);
	}

}
