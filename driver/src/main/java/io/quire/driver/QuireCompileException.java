package io.quire.driver;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The server could not compile the query: a wrong number of arguments, an unknown term or
 * optional argument (COMPILE_ERROR).
 */
public class QuireCompileException extends QuireServerException {

	public QuireCompileException(String message, List<Object> backtrace, @Nullable String query) {
		super(message, backtrace, query);
	}

}
