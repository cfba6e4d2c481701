package io.quire.console;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.quire.engine.QueryException;
import io.quire.engine.QuerySession;
import io.quire.engine.net.InProcessClient;
import org.jspecify.annotations.Nullable;

/**
 * The console's sessions by their random id (the cookie's value). A session unused for
 * longer than the timeout is expired: looking it up fails and closes its cursors.
 * Thread-safe.
 */
final class ConsoleSessions {

	/**
	 * Session connection ids count down from -1, so they never meet the driver's (from
	 * 1).
	 */
	private final AtomicLong connectionIds = new AtomicLong();

	private final Map<String, ConsoleSession> sessions = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	private final ConsoleOptions options;

	private final Clock clock;

	private final Supplier<InProcessClient> clients;

	/**
	 * @param clients connects a session to the server, under its connection limit
	 */
	ConsoleSessions(ConsoleOptions options, Clock clock, Supplier<InProcessClient> clients) {
		this.options = options;
		this.clock = clock;
		this.clients = clients;
	}

	/**
	 * A new session for a user who proved who they are.
	 * @throws ConsoleException 503 when the server has as many connections as it accepts
	 */
	ConsoleSession open(String user, String clientAddress, boolean automatic) {
		removeExpired();
		InProcessClient client = connect();
		QuerySession querySession = new QuerySession(user, this.connectionIds.decrementAndGet(),
				"console " + clientAddress);
		ConsoleSession session = new ConsoleSession(randomToken(), randomToken(), querySession, automatic, client,
				this.clock.instant());
		this.sessions.put(session.id(), session);
		return session;
	}

	private InProcessClient connect() {
		try {
			return this.clients.get();
		}
		catch (QueryException ex) {
			throw ConsoleException.unavailable(String.valueOf(ex.getMessage()));
		}
	}

	/**
	 * The live session of this id, marked as used now.
	 * @throws ConsoleException 401 when there is none or it expired
	 */
	ConsoleSession require(@Nullable String id) {
		ConsoleSession session = (id != null) ? this.sessions.get(id) : null;
		if (session == null) {
			throw ConsoleException.unauthorized("Sign in first: no session.");
		}
		Instant now = this.clock.instant();
		if (isExpired(session, now)) {
			close(session.id());
			throw ConsoleException.unauthorized("The session expired; sign in again.");
		}
		session.touch(now);
		return session;
	}

	/** Ends the session and closes its cursors; does nothing for an unknown id. */
	void close(String id) {
		ConsoleSession session = this.sessions.remove(id);
		if (session != null) {
			session.close();
		}
	}

	void closeAll() {
		List.copyOf(this.sessions.keySet()).forEach(this::close);
	}

	private void removeExpired() {
		Instant now = this.clock.instant();
		this.sessions.values()
			.stream()
			.filter((session) -> isExpired(session, now))
			.map(ConsoleSession::id)
			.toList()
			.forEach(this::close);
	}

	private boolean isExpired(ConsoleSession session, Instant now) {
		return session.lastUsed().plus(this.options.sessionTimeout()).isBefore(now);
	}

	private String randomToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
