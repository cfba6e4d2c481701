package io.quire.driver.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quire.driver.HostAndPort;
import io.quire.driver.QuireFeedAbortedException;
import io.quire.driver.QuireNotPrimaryException;
import io.quire.driver.QuireOpFailedException;
import io.quire.driver.QuireServerShutdownException;
import org.jspecify.annotations.Nullable;

/**
 * Recognizes the OP_FAILED errors of a Quire cluster by their text: a standby's refusal
 * ({@code Cannot perform write: server `b` is a standby; the primary is `a` (host:port).}
 * or {@code ...; no primary is elected.}), a feed cut by a failover, and a server that is
 * shutting down.
 */
final class ClusterErrors {

	private static final Pattern STANDBY = Pattern
		.compile("Cannot perform (?:write|read): server `(.+?)` is a standby; "
				+ "(?:the primary is `(.+?)` \\((.+)\\)|no primary is elected)\\.");

	static final String FEED_ABORTED = "Changefeed aborted (table unavailable).";

	static final String SHUTTING_DOWN = "The server is shutting down.";

	private ClusterErrors() {
	}

	/** The exception for an OP_FAILED error, by its message. */
	static QuireOpFailedException opFailed(String message, List<Object> backtrace, @Nullable String query) {
		Matcher standby = STANDBY.matcher(message);
		if (standby.matches()) {
			return new QuireNotPrimaryException(message, backtrace, query, standby.group(1), standby.group(2),
					address(standby.group(3)));
		}
		if (message.equals(FEED_ABORTED)) {
			return new QuireFeedAbortedException(message, backtrace, query);
		}
		if (message.equals(SHUTTING_DOWN)) {
			return new QuireServerShutdownException(message, backtrace, query);
		}
		return new QuireOpFailedException(message, backtrace, query);
	}

	private static @Nullable HostAndPort address(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return HostAndPort.parse(text, HostAndPort.DEFAULT_PORT);
		}
		catch (IllegalArgumentException ex) {
			// the names are still in the message
			return null;
		}
	}

}
