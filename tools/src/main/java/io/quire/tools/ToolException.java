package io.quire.tools;

import io.quire.driver.QuireAuthenticationException;
import io.quire.driver.QuireConnectionException;
import io.quire.driver.QuireException;
import org.jspecify.annotations.Nullable;

/**
 * A failure the tool reports as one line on standard error, with a non-zero exit status.
 */
public class ToolException extends RuntimeException {

	public ToolException(String message) {
		super(message);
	}

	public ToolException(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * The one line that reports a failure: a tool's own message, or the driver's for a
	 * wrong password, an unreachable host or a refused query.
	 */
	public static String describe(Throwable ex) {
		if (ex instanceof ToolException) {
			return firstLine(ex.getMessage());
		}
		if (ex instanceof QuireAuthenticationException) {
			return "Error: authentication failed: " + firstLine(ex.getMessage());
		}
		if (ex instanceof QuireConnectionException) {
			return "Error: could not connect: " + firstLine(ex.getMessage());
		}
		if (ex instanceof QuireException) {
			return "Error: " + firstLine(ex.getMessage());
		}
		return "Error: " + ex.getClass().getSimpleName() + ": " + firstLine(ex.getMessage());
	}

	private static String firstLine(@Nullable String message) {
		if (message == null) {
			return "(no message)";
		}
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

}
