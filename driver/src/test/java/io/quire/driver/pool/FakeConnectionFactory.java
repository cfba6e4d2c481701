package io.quire.driver.pool;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.QuireConnectionException;

/**
 * Opens {@link FakeConnection}s, or fails when told to.
 */
class FakeConnectionFactory implements ConnectionFactory {

	final List<FakeConnection> opened = new CopyOnWriteArrayList<>();

	volatile boolean failing;

	@Override
	public Connection connect() {
		return connectAsync().join();
	}

	@Override
	public CompletableFuture<Connection> connectAsync() {
		if (this.failing) {
			return CompletableFuture.failedFuture(new QuireConnectionException("Cannot connect to fake:28015"));
		}
		FakeConnection connection = new FakeConnection(this.opened.size() + 1);
		this.opened.add(connection);
		return CompletableFuture.completedFuture(connection);
	}

	@Override
	public ConnectionOptions options() {
		return ConnectionOptions.defaults();
	}

}
