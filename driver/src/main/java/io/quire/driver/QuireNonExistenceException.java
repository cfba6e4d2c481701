package io.quire.driver;

import java.util.List;

import io.quire.protocol.ErrorType;
import org.jspecify.annotations.Nullable;

/**
 * A field, row, table or database does not exist (NON_EXISTENCE).
 */
public class QuireNonExistenceException extends QuireQueryLogicException {

	public QuireNonExistenceException(String message, List<Object> backtrace, @Nullable String query) {
		super(message, backtrace, query, ErrorType.NON_EXISTENCE);
	}

	protected QuireNonExistenceException(String message, List<Object> backtrace, @Nullable String query,
			ErrorType errorType) {
		super(message, backtrace, query, errorType);
	}

}
