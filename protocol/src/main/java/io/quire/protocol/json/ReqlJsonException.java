package io.quire.protocol.json;

/**
 * JSON that could not be read (malformed, empty, trailing content) or a value that cannot
 * be written as JSON (a non-finite number, an unsupported type).
 */
public class ReqlJsonException extends RuntimeException {

	public ReqlJsonException(String message) {
		super(message);
	}

	public ReqlJsonException(String message, Throwable cause) {
		super(message, cause);
	}

}
