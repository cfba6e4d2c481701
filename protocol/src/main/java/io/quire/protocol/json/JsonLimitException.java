package io.quire.protocol.json;

/**
 * JSON that is well formed but exceeds a limit, such as the maximum nesting depth.
 */
public class JsonLimitException extends ReqlJsonException {

	public JsonLimitException(String message, Throwable cause) {
		super(message, cause);
	}

}
