package io.quire.driver;

import org.jspecify.annotations.Nullable;

/**
 * The driver could not open a connection, or an open connection broke.
 */
public class QuireConnectionException extends QuireDriverException {

	public QuireConnectionException(String message) {
		super(message);
	}

	public QuireConnectionException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
