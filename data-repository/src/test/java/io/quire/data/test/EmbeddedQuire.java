package io.quire.data.test;

import io.quire.driver.ConnectionOptions;
import io.quire.driver.pool.ConnectionPool;
import io.quire.driver.pool.PoolOptions;
import io.quire.engine.QuireServer;

/**
 * An in-memory Quire server on a free loopback port, and a recording connection factory
 * for it.
 */
public final class EmbeddedQuire implements AutoCloseable {

	private final QuireServer server;

	private final RecordingConnectionFactory connectionFactory;

	private EmbeddedQuire(QuireServer server, RecordingConnectionFactory connectionFactory) {
		this.server = server;
		this.connectionFactory = connectionFactory;
	}

	private static EmbeddedQuire shared;

	/**
	 * A server shared by the tests of this JVM, started on first use and stopped at exit.
	 */
	public static synchronized EmbeddedQuire shared() {
		if (shared == null) {
			shared = start();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
		}
		return shared;
	}

	public static EmbeddedQuire start() {
		QuireServer server = QuireServer.builder().port(0).inMemory().build();
		server.start();
		ConnectionOptions options = ConnectionOptions.builder().host("127.0.0.1").port(server.port()).build();
		return new EmbeddedQuire(server,
				new RecordingConnectionFactory(ConnectionPool.create(options, PoolOptions.defaults())));
	}

	public RecordingConnectionFactory connectionFactory() {
		return this.connectionFactory;
	}

	public QuireServer server() {
		return this.server;
	}

	@Override
	public void close() {
		this.connectionFactory.close();
		this.server.close();
	}

}
