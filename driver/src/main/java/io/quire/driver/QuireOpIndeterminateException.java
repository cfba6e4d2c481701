package io.quire.driver;

import java.util.List;

import io.quire.protocol.ErrorType;
import org.jspecify.annotations.Nullable;

/**
 * The operation may or may not have taken effect (OP_INDETERMINATE).
 */
public class QuireOpIndeterminateException extends QuireAvailabilityException {

	public QuireOpIndeterminateException(String message, List<Object> backtrace, @Nullable String query) {
		super(message, backtrace, query, ErrorType.OP_INDETERMINATE);
	}

	protected QuireOpIndeterminateException(String message, List<Object> backtrace, @Nullable String query,
			ErrorType errorType) {
		super(message, backtrace, query, errorType);
	}

}
