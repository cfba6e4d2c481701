package io.quire.driver.internal;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import io.quire.driver.ClientResources;
import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;

/**
 * The plain factory: opens a new {@link DefaultConnection} each time.
 */
public final class DefaultConnectionFactory implements ConnectionFactory {

	private final ConnectionOptions options;

	private final ClientResources resources;

	public DefaultConnectionFactory(ConnectionOptions options, ClientResources resources) {
		this.options = Objects.requireNonNull(options, "options must not be null");
		this.resources = Objects.requireNonNull(resources, "resources must not be null");
	}

	@Override
	public Connection connect() {
		return Futures.join(connectAsync());
	}

	@Override
	public CompletableFuture<Connection> connectAsync() {
		return DefaultConnection.open(this.options, this.resources);
	}

	@Override
	public ConnectionOptions options() {
		return this.options;
	}

	@Override
	public String toString() {
		return "DefaultConnectionFactory{" + this.options + "}";
	}

}
