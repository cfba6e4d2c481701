package io.quire.driver;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The server is shutting down ({@code The server is shutting down.}): it refused a new
 * query, or cancelled one that outlived its shutdown timeout. Retryable: the connection
 * leaves that server on its next operation, for the next host or member that fits. A
 * write that was cancelled while it ran may have been applied in part.
 */
public class QuireServerShutdownException extends QuireOpFailedException {

	public QuireServerShutdownException(String message, List<Object> backtrace, @Nullable String query) {
		super(message, backtrace, query);
	}

	/** Always {@code true}: another server can take the operation. */
	@Override
	public boolean isRetryable() {
		return true;
	}

}
