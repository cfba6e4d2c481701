package io.quire.engine.net;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.netty.channel.Channel;
import io.quire.engine.ConnectionInfo;
import io.quire.engine.QuerySession;
import org.jspecify.annotations.Nullable;

/**
 * The server's state for one client socket: who it is once the handshake is done, and its
 * open cursors by token. Shared by the connection's handlers and the worker threads.
 */
final class ClientConnection {

	private final long id;

	private final Channel channel;

	private final String remoteAddress;

	private final Instant connectedAt;

	private final Map<Long, Cursor> cursors = new ConcurrentHashMap<>();

	private volatile @Nullable QuerySession session;

	private volatile @Nullable String applicationName;

	private volatile boolean closed;

	ClientConnection(long id, Channel channel, Instant connectedAt) {
		this.id = id;
		this.channel = channel;
		this.remoteAddress = describe(channel.remoteAddress());
		this.connectedAt = connectedAt;
	}

	long id() {
		return this.id;
	}

	Channel channel() {
		return this.channel;
	}

	String remoteAddress() {
		return this.remoteAddress;
	}

	void authenticated(String user, @Nullable String applicationName) {
		this.applicationName = applicationName;
		this.session = new QuerySession(user, this.id, this.remoteAddress);
	}

	/** The session of an authenticated connection. */
	QuerySession session() {
		QuerySession session = this.session;
		if (session == null) {
			throw new IllegalStateException("Connection " + this.id + " is not authenticated");
		}
		return session;
	}

	@Nullable ConnectionInfo info() {
		QuerySession session = this.session;
		return (session != null) ? new ConnectionInfo(this.id, this.remoteAddress, session.user(), this.applicationName,
				this.connectedAt) : null;
	}

	/**
	 * Keeps a cursor under its token, unless the connection has closed meanwhile.
	 * @return whether the cursor was kept
	 */
	synchronized boolean addCursor(long token, Cursor cursor) {
		if (this.closed) {
			return false;
		}
		this.cursors.put(token, cursor);
		return true;
	}

	@Nullable Cursor cursor(long token) {
		return this.cursors.get(token);
	}

	@Nullable Cursor removeCursor(long token) {
		return this.cursors.remove(token);
	}

	/** Forgets the cursor if the token still names it. */
	void removeCursor(long token, Cursor cursor) {
		this.cursors.remove(token, cursor);
	}

	/** The open changefeed cursors, which a closing server ends first. */
	List<Cursor> feeds() {
		return this.cursors.values().stream().filter(Cursor::isFeed).toList();
	}

	/** Marks the connection closed and hands back the cursors it still had. */
	synchronized List<Cursor> close() {
		this.closed = true;
		List<Cursor> open = new ArrayList<>(this.cursors.values());
		this.cursors.clear();
		return open;
	}

	private static String describe(@Nullable SocketAddress address) {
		if (address instanceof InetSocketAddress inet) {
			return inet.getHostString() + ":" + inet.getPort();
		}
		return String.valueOf(address);
	}

}
