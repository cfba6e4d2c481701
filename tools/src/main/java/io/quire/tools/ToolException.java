package io.quire.tools;

import io.quire.driver.QuireAuthenticationException;
import io.quire.driver.QuireConnectionException;
import io.quire.driver.QuireException;
import io.quire.driver.QuireServerException;
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
			return "Error: " + reason(ex);
		}
		return "Error: " + ex.getClass().getSimpleName() + ": " + firstLine(ex.getMessage());
	}

	/**
	 * The first line of a failure's message; for a query the server refused, its message
	 * alone, without the query the driver quotes after it (the caller names the table,
	 * file or line instead).
	 */
	public static String reason(Throwable ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : "";
		if (ex instanceof QuireServerException server) {
			String quoted = ((server.query() != null) ? " in query " + server.query() : "")
					+ (server.backtrace().isEmpty() ? "" : " (backtrace " + server.backtrace() + ")");
			if (!quoted.isEmpty() && message.endsWith(quoted)) {
				message = message.substring(0, message.length() - quoted.length());
			}
		}
		return firstLine(message);
	}

	private static String firstLine(@Nullable String message) {
		if (message == null) {
			return "(no message)";
		}
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

}
