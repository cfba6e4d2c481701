package io.quire.engine.system;

import java.util.List;

import io.quire.engine.ConnectionInfo;

/**
 * The client connections of the network layer, as {@code jobs} and {@code stats} need
 * them; the network layer implements it so that this package stays free of Netty.
 */
public interface ClientConnections {

	/** An engine without a network: no connections. */
	ClientConnections NONE = new ClientConnections() {

		@Override
		public List<ConnectionInfo> list() {
			return List.of();
		}

		@Override
		public boolean close(long connectionId) {
			return false;
		}

	};

	/** The authenticated connections, oldest first. */
	List<ConnectionInfo> list();

	/**
	 * Closes a connection (its running queries are cancelled as for any closing
	 * connection).
	 * @return whether it was open
	 */
	boolean close(long connectionId);

}
