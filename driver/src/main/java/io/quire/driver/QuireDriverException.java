package io.quire.driver;

import org.jspecify.annotations.Nullable;

/**
 * A failure on the client side: the connection, authentication, a timeout or a protocol
 * fault (RethinkDB's {@code ReqlDriverError}).
 */
public class QuireDriverException extends QuireException {

	public QuireDriverException(String message) {
		super(message);
	}

	public QuireDriverException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
