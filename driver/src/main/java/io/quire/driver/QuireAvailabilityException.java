package io.quire.driver;

import java.util.List;

import io.quire.protocol.ErrorType;
import org.jspecify.annotations.Nullable;

/**
 * The operation could not be carried out because a part of the cluster was unavailable.
 */
public class QuireAvailabilityException extends QuireRuntimeException {

	public QuireAvailabilityException(String message, List<Object> backtrace, @Nullable String query) {
		super(message, backtrace, query, ErrorType.OP_FAILED);
	}

	protected QuireAvailabilityException(String message, List<Object> backtrace, @Nullable String query,
			ErrorType errorType) {
		super(message, backtrace, query, errorType);
	}

}
