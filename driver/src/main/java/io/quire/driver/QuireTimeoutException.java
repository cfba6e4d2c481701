package io.quire.driver;

import org.jspecify.annotations.Nullable;

/**
 * An operation did not finish in time: opening a connection, acquiring one from the pool,
 * or waiting for a response (network timeout).
 */
public class QuireTimeoutException extends QuireDriverException {

	public QuireTimeoutException(String message) {
		super(message);
	}

	public QuireTimeoutException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
