package io.quire.data.test;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.Cursor;
import io.quire.driver.HostAndPort;
import io.quire.driver.RunOptions;
import io.quire.driver.ServerInfo;
import io.quire.driver.query.ReqlAst;

/**
 * A connection factory that records the JSON of every query its connections run, so tests
 * can check which ReQL a repository sends.
 */
public final class RecordingConnectionFactory implements ConnectionFactory {

	private final ConnectionFactory delegate;

	private final List<String> queries = new CopyOnWriteArrayList<>();

	public RecordingConnectionFactory(ConnectionFactory delegate) {
		this.delegate = delegate;
	}

	/** The queries run so far, as JSON. */
	public List<String> queries() {
		return List.copyOf(this.queries);
	}

	/** The last query run, as JSON. */
	public String lastQuery() {
		return this.queries.get(this.queries.size() - 1);
	}

	public void clear() {
		this.queries.clear();
	}

	@Override
	public Connection connect() {
		return new RecordingConnection(this.delegate.connect());
	}

	@Override
	public CompletableFuture<Connection> connectAsync() {
		return this.delegate.connectAsync().thenApply(RecordingConnection::new);
	}

	@Override
	public ConnectionOptions options() {
		return this.delegate.options();
	}

	@Override
	public void close() {
		this.delegate.close();
	}

	private final class RecordingConnection implements Connection {

		private final Connection delegate;

		RecordingConnection(Connection delegate) {
			this.delegate = delegate;
		}

		@Override
		public <T> CompletableFuture<Cursor<T>> runAsync(ReqlAst query, RunOptions options, Type rowType) {
			RecordingConnectionFactory.this.queries.add(query.toJson());
			return this.delegate.runAsync(query, options, rowType);
		}

		@Override
		public <T> CompletableFuture<T> runAtomAsync(ReqlAst query, RunOptions options, Type resultType) {
			RecordingConnectionFactory.this.queries.add(query.toJson());
			return this.delegate.runAtomAsync(query, options, resultType);
		}

		@Override
		public CompletableFuture<Void> runNoReplyAsync(ReqlAst query, RunOptions options) {
			RecordingConnectionFactory.this.queries.add(query.toJson());
			return this.delegate.runNoReplyAsync(query, options);
		}

		@Override
		public String db() {
			return this.delegate.db();
		}

		@Override
		public void use(String database) {
			this.delegate.use(database);
		}

		@Override
		public String host() {
			return this.delegate.host();
		}

		@Override
		public int port() {
			return this.delegate.port();
		}

		@Override
		public ConnectionOptions options() {
			return this.delegate.options();
		}

		@Override
		public ServerInfo serverInfo() {
			return this.delegate.serverInfo();
		}

		@Override
		public void noreplyWait() {
			this.delegate.noreplyWait();
		}

		@Override
		public CompletableFuture<Void> noreplyWaitAsync() {
			return this.delegate.noreplyWaitAsync();
		}

		@Override
		public void reconnect() {
			this.delegate.reconnect();
		}

		@Override
		public void disconnect() {
			this.delegate.disconnect();
		}

		@Override
		public boolean isOpen() {
			return this.delegate.isOpen();
		}

		@Override
		public void close() {
			this.delegate.close();
		}

		@Override
		public void closeCursors() {
			this.delegate.closeCursors();
		}

		@Override
		public List<String> databaseNames() {
			return this.delegate.databaseNames();
		}

		@Override
		public Map<String, Object> dropDatabase(String name) {
			return this.delegate.dropDatabase(name);
		}

		@Override
		public Map<String, Object> copyDatabase(String from, String to) {
			return this.delegate.copyDatabase(from, to);
		}

		@Override
		public List<HostAndPort> nodes() {
			return this.delegate.nodes();
		}

	}

}
