package io.quire.console;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the web console.
 *
 * @param sessionTimeout how long a session lives without a request
 * @param maxCursorsPerSession the most open cursors (long results, changefeeds) one
 * session may hold; opening more fails
 * @param autoSignIn whether a loopback client is signed in as {@code admin} while admin
 * has no password, as RethinkDB's console opens directly
 */
public record ConsoleOptions(Duration sessionTimeout, int maxCursorsPerSession, boolean autoSignIn) {

	/** 30 minutes, 32 cursors, automatic sign-in on. */
	public static final ConsoleOptions DEFAULT = new ConsoleOptions(Duration.ofMinutes(30), 32, true);

	public ConsoleOptions {
		Objects.requireNonNull(sessionTimeout, "sessionTimeout must not be null");
		if (sessionTimeout.isZero() || sessionTimeout.isNegative()) {
			throw new IllegalArgumentException("sessionTimeout must be positive");
		}
		if (maxCursorsPerSession < 1) {
			throw new IllegalArgumentException("maxCursorsPerSession must be positive");
		}
	}

}
