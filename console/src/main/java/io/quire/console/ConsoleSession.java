package io.quire.console;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.quire.engine.QuerySession;
import io.quire.engine.net.InProcessClient;
import org.jspecify.annotations.Nullable;

/**
 * One signed-in browser or script: its user, its CSRF token and its open cursors. Each
 * session is one client of the engine, with a connection id of its own, so its queries
 * show in {@code rethinkdb.jobs} and are cancelled together when it ends, and one
 * {@link InProcessClient}, so it takes a place under the server's connection limit and
 * its queries are limited and counted as a driver connection's. Thread-safe.
 */
final class ConsoleSession {

	private final String id;

	private final String csrfToken;

	private final QuerySession querySession;

	private final boolean automatic;

	private final InProcessClient client;

	private final AtomicLong tokens = new AtomicLong();

	private final Map<String, ConsoleCursor> cursors = new ConcurrentHashMap<>();

	private volatile Instant lastUsed;

	ConsoleSession(String id, String csrfToken, QuerySession querySession, boolean automatic, InProcessClient client,
			Instant now) {
		this.id = id;
		this.client = client;
		this.csrfToken = csrfToken;
		this.querySession = querySession;
		this.automatic = automatic;
		this.lastUsed = now;
	}

	String id() {
		return this.id;
	}

	String user() {
		return this.querySession.user();
	}

	String csrfToken() {
		return this.csrfToken;
	}

	/**
	 * Whether the session was opened without a password (passwordless admin on loopback).
	 */
	boolean automatic() {
		return this.automatic;
	}

	InProcessClient client() {
		return this.client;
	}

	QuerySession querySession() {
		return this.querySession;
	}

	/** Compares in constant time, so the token cannot be guessed byte by byte. */
	boolean csrfMatches(@Nullable String token) {
		return token != null && MessageDigest.isEqual(this.csrfToken.getBytes(StandardCharsets.UTF_8),
				token.getBytes(StandardCharsets.UTF_8));
	}

	long nextToken() {
		return this.tokens.incrementAndGet();
	}

	Instant lastUsed() {
		return this.lastUsed;
	}

	void touch(Instant now) {
		this.lastUsed = now;
	}

	int cursorCount() {
		return this.cursors.size();
	}

	void addCursor(ConsoleCursor cursor) {
		this.cursors.put(cursor.id(), cursor);
	}

	@Nullable ConsoleCursor cursor(String queryId) {
		return this.cursors.get(queryId);
	}

	@Nullable ConsoleCursor removeCursor(String queryId) {
		return this.cursors.remove(queryId);
	}

	/** Closes every cursor and gives the client's place back; the session is over. */
	void close() {
		List<ConsoleCursor> open = List.copyOf(this.cursors.values());
		this.cursors.clear();
		open.forEach(ConsoleCursor::close);
		this.client.close();
	}

}
