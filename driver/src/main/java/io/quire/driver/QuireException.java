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

}
