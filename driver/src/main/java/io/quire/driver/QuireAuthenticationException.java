package io.quire.driver;

import org.jspecify.annotations.Nullable;

/**
 * The server refused the user name or password (handshake error codes 10 to 20).
 */
public class QuireAuthenticationException extends QuireDriverException {

	public QuireAuthenticationException(String message) {
		super(message);
	}

	public QuireAuthenticationException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
