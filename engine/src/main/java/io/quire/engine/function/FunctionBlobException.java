package io.quire.engine.function;

/**
 * Bytes that are not a function in RethinkDB's binary form; the message says what is
 * wrong with them.
 */
public final class FunctionBlobException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	FunctionBlobException(String message) {
		super(message);
	}

}
