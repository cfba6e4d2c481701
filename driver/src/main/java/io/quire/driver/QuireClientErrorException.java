package io.quire.driver;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The server says the driver sent something malformed (CLIENT_ERROR), for example an
 * unknown CONTINUE token.
 */
public class QuireClientErrorException extends QuireServerException {

	public QuireClientErrorException(String message, List<Object> backtrace, @Nullable String query) {
		super(message, backtrace, query);
	}

}
