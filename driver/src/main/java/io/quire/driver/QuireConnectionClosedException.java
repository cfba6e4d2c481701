package io.quire.driver;

import org.jspecify.annotations.Nullable;

/**
 * The connection (or pooled connection) was closed by its owner; it is not reopened by
 * itself.
 */
public class QuireConnectionClosedException extends QuireConnectionException {

	public QuireConnectionClosedException(String message) {
		super(message);
	}

	public QuireConnectionClosedException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
