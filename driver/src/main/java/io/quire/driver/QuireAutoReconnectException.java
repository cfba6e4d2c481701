package io.quire.driver;

import org.jspecify.annotations.Nullable;

/**
 * The connection broke while an operation was in flight. The operation failed and was not
 * retried; the next operation runs on a new connection (reconnected, or replaced by the
 * pool). Like pymongo's {@code AutoReconnect}.
 */
public class QuireAutoReconnectException extends QuireConnectionException {

	public QuireAutoReconnectException(String message) {
		super(message);
	}

	public QuireAutoReconnectException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
