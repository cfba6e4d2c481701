package io.quire.driver;

import java.util.List;

import io.quire.protocol.ErrorType;
import org.jspecify.annotations.Nullable;

/**
 * The user lacks a permission the query needs (PERMISSION_ERROR).
 */
public class QuirePermissionException extends QuireRuntimeException {

	public QuirePermissionException(String message, List<Object> backtrace, @Nullable String query) {
		super(message, backtrace, query, ErrorType.PERMISSION_ERROR);
	}

	protected QuirePermissionException(String message, List<Object> backtrace, @Nullable String query,
			ErrorType errorType) {
		super(message, backtrace, query, errorType);
	}

}
