package io.quire.driver.internal;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import io.quire.driver.ClientResources;
import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;

/**
 * The plain factory: opens a new {@link DefaultConnection} each time. Its connections
 * share one {@link ClusterView}, so a connection opened after a failover (by a pool, say)
 * knows the members and the primary the others learned.
 */
public final class DefaultConnectionFactory implements ConnectionFactory {

	private final ConnectionOptions options;

	private final ClientResources resources;

	private final ClusterView cluster;

	public DefaultConnectionFactory(ConnectionOptions options, ClientResources resources) {
		this.options = Objects.requireNonNull(options, "options must not be null");
		this.resources = Objects.requireNonNull(resources, "resources must not be null");
		this.cluster = new ClusterView(options);
	}

	@Override
	public Connection connect() {
		return Futures.join(connectAsync());
	}

	@Override
	public CompletableFuture<Connection> connectAsync() {
		return DefaultConnection.open(this.options, this.resources, this.cluster);
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
