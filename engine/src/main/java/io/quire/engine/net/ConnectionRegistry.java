package io.quire.engine.net;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.channel.Channel;
import io.quire.engine.ConnectionInfo;

/**
 * The open client connections, the connection limit and the count of connections since
 * start. A connection over the limit is still registered (so that it can be told why it
 * is refused) but not counted as open.
 */
final class ConnectionRegistry {

	private final int maxConnections;

	private final Clock clock;

	private final Map<Long, ClientConnection> connections = new ConcurrentHashMap<>();

	private final AtomicInteger open = new AtomicInteger();

	private final AtomicLong total = new AtomicLong();

	ConnectionRegistry(int maxConnections, Clock clock) {
		this.maxConnections = maxConnections;
		this.clock = clock;
	}

	/** Registers an accepted channel; it leaves the registry when it closes. */
	ClientConnection register(Channel channel, boolean counted) {
		ClientConnection connection = new ClientConnection(this.total.incrementAndGet(), channel, this.clock.instant());
		this.connections.put(connection.id(), connection);
		channel.closeFuture().addListener((future) -> unregister(connection, counted));
		return connection;
	}

	/** Takes a place under the connection limit; false when the server is full. */
	boolean tryAcquire() {
		if (this.open.incrementAndGet() > this.maxConnections) {
			this.open.decrementAndGet();
			return false;
		}
		return true;
	}

	/**
	 * Gives back a place taken by {@link #tryAcquire()} for a client without a channel.
	 */
	void release() {
		this.open.decrementAndGet();
	}

	int maxConnections() {
		return this.maxConnections;
	}

	int open() {
		return this.open.get();
	}

	long total() {
		return this.total.get();
	}

	Collection<ClientConnection> all() {
		return this.connections.values();
	}

	List<ConnectionInfo> authenticated() {
		List<ConnectionInfo> infos = new ArrayList<>();
		for (ClientConnection connection : this.connections.values()) {
			ConnectionInfo info = connection.info();
			if (info != null) {
				infos.add(info);
			}
		}
		infos.sort(Comparator.comparingLong(ConnectionInfo::id));
		return infos;
	}

	/** Closes a connection by id; false if none is open under it. */
	boolean close(long id) {
		ClientConnection connection = this.connections.get(id);
		if (connection == null) {
			return false;
		}
		connection.channel().close();
		return true;
	}

	private void unregister(ClientConnection connection, boolean counted) {
		this.connections.remove(connection.id());
		if (counted) {
			this.open.decrementAndGet();
		}
	}

}
