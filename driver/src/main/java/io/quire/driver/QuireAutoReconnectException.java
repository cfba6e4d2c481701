package io.quire.driver;

import org.jspecify.annotations.Nullable;

/**
 * The connection broke while an operation was in flight. The operation failed and was not
 * retried; the next operation runs on a new connection (reconnected, or replaced by the
 * pool), which tries the hosts and the cluster members it knows in order. Like pymongo's
 * {@code AutoReconnect}. Retryable: see {@link #isRetryable()}.
 */
public class QuireAutoReconnectException extends QuireConnectionException {

	public QuireAutoReconnectException(String message) {
		super(message);
	}

	public QuireAutoReconnectException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

	/** Always {@code true}: the next operation runs on a new socket. */
	@Override
	public boolean isRetryable() {
		return true;
	}

}
