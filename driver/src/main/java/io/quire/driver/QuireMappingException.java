package io.quire.driver;

import org.jspecify.annotations.Nullable;

/**
 * A value could not be converted to or from the caller's Java type.
 */
public class QuireMappingException extends QuireDriverException {

	public QuireMappingException(String message) {
		super(message);
	}

	public QuireMappingException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
