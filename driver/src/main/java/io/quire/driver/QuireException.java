package io.quire.driver;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception the Quire driver throws. Unchecked.
 */
public class QuireException extends RuntimeException {

	public QuireException(String message) {
		super(message);
	}

	public QuireException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

	/**
	 * Whether the operation failed because the server it was sent to went away or is not
	 * the primary (any more), so that running it again can succeed: the connection
	 * re-routes by itself on its next operation. The driver never retries on its own,
	 * except reads with {@code retry_reads}. A write whose socket broke while in flight
	 * may or may not have been applied; one a standby refused was not.
	 */
	public boolean isRetryable() {
		return false;
	}

}
