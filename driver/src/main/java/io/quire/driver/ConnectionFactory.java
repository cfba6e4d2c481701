package io.quire.driver;

import java.util.concurrent.CompletableFuture;

import io.quire.driver.internal.DefaultConnectionFactory;

/**
 * Opens connections. The plain factory from {@link #create(ConnectionOptions)} opens a
 * new connection each time; {@link io.quire.driver.pool.ConnectionPool} is a factory that
 * lends pooled ones. Close the factory when done: a pool closes its connections.
 */
public interface ConnectionFactory extends AutoCloseable {

	/**
	 * Open (or borrow) a connection.
	 * @throws QuireConnectionException if no host could be reached or none fits
	 * target_session_attrs
	 * @throws QuireAuthenticationException if the server refused the credentials
	 * @throws QuireTimeoutException if opening or acquiring took too long
	 */
	Connection connect();

	/**
	 * Open (or borrow) a connection without blocking; the future fails with the
	 * exceptions of {@link #connect()}.
	 */
	CompletableFuture<Connection> connectAsync();

	/** The options connections are opened with. */
	ConnectionOptions options();

	/**
	 * Release what the factory holds. The plain factory holds nothing; a pool closes
	 * every connection.
	 */
	@Override
	default void close() {
	}

	/**
	 * A factory that opens a new connection each time, on the shared
	 * {@link ClientResources}.
	 */
	static ConnectionFactory create(ConnectionOptions options) {
		return new DefaultConnectionFactory(options, ClientResources.shared());
	}

	/** A factory that opens a new connection each time, on the given resources. */
	static ConnectionFactory create(ConnectionOptions options, ClientResources resources) {
		return new DefaultConnectionFactory(options, resources);
	}

	/** A factory for the options of a {@code rethinkdb://} or {@code quire://} URI. */
	static ConnectionFactory create(String uri) {
		return create(ConnectionOptions.parse(uri));
	}

}
