package io.quire.tools.testing;

import java.nio.file.Path;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.engine.QuireServer;

/**
 * A Quire engine server on a free loopback port, admin password {@code pw}, in memory or
 * on RocksDB in a directory; and the tool options that reach it.
 */
public final class TestServer implements AutoCloseable {

	public static final String PASSWORD = "pw";

	private final QuireServer server;

	private final Connection connection;

	private TestServer(QuireServer.Builder builder) {
		this.server = builder.port(0).bindAddress("127.0.0.1").initialPassword(PASSWORD).build();
		this.server.start();
		this.connection = ConnectionFactory.create(options()).connect();
	}

	/** A started in-memory server. */
	public static TestServer inMemory() {
		return new TestServer(QuireServer.builder().inMemory());
	}

	/** A started server on RocksDB in the directory. */
	public static TestServer onDisk(Path directory) {
		return new TestServer(QuireServer.builder().dataDirectory(directory));
	}

	public ConnectionOptions options() {
		return ConnectionOptions.builder().host("127.0.0.1").port(this.server.port()).password(PASSWORD).build();
	}

	/** A connection for the test's own queries. */
	public Connection connection() {
		return this.connection;
	}

	/** {@code -c 127.0.0.1:<port>}. */
	public String address() {
		return "127.0.0.1:" + this.server.port();
	}

	/** The connection arguments of a tool run. */
	public String[] connect() {
		return new String[] { "-c", address(), "--password", PASSWORD };
	}

	@Override
	public void close() {
		this.connection.close();
		this.server.close();
	}

}
