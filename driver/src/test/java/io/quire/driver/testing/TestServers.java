package io.quire.driver.testing;

import java.io.IOException;
import java.net.ServerSocket;

import io.quire.driver.ConnectionOptions;
import io.quire.engine.QuireServer;

/**
 * Embedded Quire servers for integration tests: in memory, on a free port, admin password
 * {@code pw}.
 */
public final class TestServers {

	public static final String PASSWORD = "pw";

	private TestServers() {
	}

	/** A started in-memory server on a free port. */
	public static QuireServer start() {
		return start(0);
	}

	/** A started in-memory server on the given port (0 for a free one). */
	public static QuireServer start(int port) {
		QuireServer server = QuireServer.builder().port(port).inMemory().initialPassword(PASSWORD).build();
		server.start();
		return server;
	}

	/** Options to reach the server as admin. */
	public static ConnectionOptions.Builder options(QuireServer server) {
		return ConnectionOptions.builder().host("127.0.0.1").port(server.port()).password(PASSWORD);
	}

	/** A port nothing listens on (bound, then released). */
	public static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
