package io.quire.driver;

import org.jspecify.annotations.Nullable;

/**
 * The server sent something the driver did not understand.
 */
public class QuireProtocolException extends QuireDriverException {

	public QuireProtocolException(String message) {
		super(message);
	}

	public QuireProtocolException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
