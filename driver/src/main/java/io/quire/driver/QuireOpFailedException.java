package io.quire.driver;

import java.util.List;

import io.quire.protocol.ErrorType;
import org.jspecify.annotations.Nullable;

/**
 * The operation failed and had no effect (OP_FAILED).
 */
public class QuireOpFailedException extends QuireAvailabilityException {

	public QuireOpFailedException(String message, List<Object> backtrace, @Nullable String query) {
		super(message, backtrace, query, ErrorType.OP_FAILED);
	}

	protected QuireOpFailedException(String message, List<Object> backtrace, @Nullable String query,
			ErrorType errorType) {
		super(message, backtrace, query, errorType);
	}

}
