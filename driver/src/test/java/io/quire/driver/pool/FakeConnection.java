package io.quire.driver.pool;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.Cursor;
import io.quire.driver.HostAndPort;
import io.quire.driver.QuireAutoReconnectException;
import io.quire.driver.RunOptions;
import io.quire.driver.ServerInfo;
import io.quire.driver.query.ReqlAst;

/**
 * A connection without a socket, for pool tests: it can be broken, and answers the pool's
 * validation query unless told not to.
 */
class FakeConnection implements Connection {

	final int number;

	volatile boolean open = true;

	volatile boolean answers = true;

	final AtomicInteger cursorCloses = new AtomicInteger();

	FakeConnection(int number) {
		this.number = number;
	}

	@Override
	public String db() {
		return "test";
	}

	@Override
	public void use(String database) {
	}

	@Override
	public String host() {
		return "fake";
	}

	@Override
	public int port() {
		return 28015;
	}

	@Override
	public ConnectionOptions options() {
		return ConnectionOptions.defaults();
	}

	@Override
	public ServerInfo serverInfo() {
		return new ServerInfo("id", "fake", false, "primary", false, "fake 1.0");
	}

	@Override
	public void noreplyWait() {
	}

	@Override
	public CompletableFuture<Void> noreplyWaitAsync() {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void reconnect() {
		this.open = true;
	}

	@Override
	public void disconnect() {
		this.open = false;
	}

	@Override
	public boolean isOpen() {
		return this.open;
	}

	@Override
	public void close() {
		this.open = false;
	}

	@Override
	public void closeCursors() {
		this.cursorCloses.incrementAndGet();
	}

	@Override
	public List<String> databaseNames() {
		return List.of("test");
	}

	@Override
	public Map<String, Object> dropDatabase(String name) {
		return Map.of();
	}

	@Override
	public Map<String, Object> copyDatabase(String from, String to) {
		return Map.of();
	}

	@Override
	public List<HostAndPort> nodes() {
		return List.of();
	}

	@Override
	public <T> CompletableFuture<Cursor<T>> runAsync(ReqlAst query, RunOptions options, Type rowType) {
		return CompletableFuture.failedFuture(new UnsupportedOperationException());
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> CompletableFuture<T> runAtomAsync(ReqlAst query, RunOptions options, Type resultType) {
		if (!this.answers) {
			return CompletableFuture.failedFuture(new QuireAutoReconnectException("no answer"));
		}
		return CompletableFuture.completedFuture((T) Long.valueOf(1));
	}

	@Override
	public CompletableFuture<Void> runNoReplyAsync(ReqlAst query, RunOptions options) {
		return CompletableFuture.completedFuture(null);
	}

}
