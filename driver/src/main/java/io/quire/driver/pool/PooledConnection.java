package io.quire.driver.pool;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.Cursor;
import io.quire.driver.HostAndPort;
import io.quire.driver.QuireConnectionClosedException;
import io.quire.driver.RunOptions;
import io.quire.driver.ServerInfo;
import io.quire.driver.query.ReqlAst;
import org.jspecify.annotations.Nullable;

/**
 * A connection lent by a {@link ConnectionPool}. {@link #close()} returns it to the pool
 * (closing the cursors this loan opened); using it after that fails. With
 * {@link PoolOptions#maxInFlight()} above 1 other loans may share the socket underneath,
 * so {@link #closeCursors()} closes only this loan's cursors. Each loan gets its own
 * small wrapper, so a caller that kept a returned one cannot reach the next borrower's
 * loan. Thread-safe like any connection.
 * <p>
 * {@link #use(String)} changes the default database of this loan only: it is sent with
 * each query as the {@code db} run option (unless the query names one), and the pooled
 * connection underneath keeps its own, so the next borrower starts from the options'
 * database. Open cursors are closed when the loan ends.
 */
public final class PooledConnection implements Connection {

	private final ConnectionPool pool;

	private final PoolEntry entry;

	private static final VarHandle RETURNED;

	static {
		try {
			RETURNED = MethodHandles.lookup().findVarHandle(PooledConnection.class, "returned", boolean.class);
		}
		catch (ReflectiveOperationException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private volatile boolean returned;

	private final Set<Cursor<?>> cursors = ConcurrentHashMap.newKeySet();

	/** When it was lent, when leaks are detected. */
	volatile long borrowedAt;

	volatile @Nullable Throwable borrowedFrom;

	volatile boolean leakReported;

	/** The default database chosen by {@link #use(String)} for this loan, if any. */
	private volatile @Nullable String database;

	PooledConnection(ConnectionPool pool, PoolEntry entry) {
		this.pool = pool;
		this.entry = entry;
	}

	/** The pooled connection underneath; do not close it directly. */
	public Connection unwrap() {
		return this.entry.connection;
	}

	private Connection delegate() {
		if (this.returned) {
			throw new QuireConnectionClosedException("This connection was returned to the pool");
		}
		return this.entry.connection;
	}

	/** Return the connection to the pool. Idempotent. */
	@Override
	public void close() {
		if (!this.returned && RETURNED.compareAndSet(this, false, true)) {
			closeOwnCursors();
			this.pool.release(this);
		}
	}

	@Override
	public boolean isOpen() {
		return !this.returned && this.entry.connection.isOpen();
	}

	@Override
	public String db() {
		Connection connection = delegate();
		String chosen = this.database;
		return (chosen != null) ? chosen : connection.db();
	}

	@Override
	public void use(String database) {
		delegate();
		if (database == null || database.isBlank()) {
			throw new IllegalArgumentException("database must not be empty");
		}
		this.database = database;
	}

	/**
	 * The run options with this loan's database, unless none was chosen or they name one.
	 */
	private RunOptions withDatabase(RunOptions options) {
		String chosen = this.database;
		return (chosen == null || options.values().containsKey("db")) ? options : options.db(chosen);
	}

	@Override
	public String host() {
		return delegate().host();
	}

	@Override
	public int port() {
		return delegate().port();
	}

	@Override
	public ConnectionOptions options() {
		return this.entry.connection.options();
	}

	@Override
	public ServerInfo serverInfo() {
		return delegate().serverInfo();
	}

	@Override
	public void noreplyWait() {
		delegate().noreplyWait();
	}

	@Override
	public CompletableFuture<Void> noreplyWaitAsync() {
		return delegate().noreplyWaitAsync();
	}

	@Override
	public void reconnect() {
		delegate().reconnect();
	}

	@Override
	public void disconnect() {
		delegate().disconnect();
	}

	/** Close the cursors this loan opened, not those of other loans of the socket. */
	@Override
	public void closeCursors() {
		delegate();
		closeOwnCursors();
	}

	private void closeOwnCursors() {
		for (Cursor<?> cursor : this.cursors) {
			this.cursors.remove(cursor);
			try {
				cursor.close();
			}
			catch (RuntimeException ex) {
				// the socket broke: the cursor is gone with it
			}
		}
	}

	PoolEntry entry() {
		return this.entry;
	}

	@Override
	public List<String> databaseNames() {
		return delegate().databaseNames();
	}

	@Override
	public Map<String, Object> dropDatabase(String name) {
		return delegate().dropDatabase(name);
	}

	@Override
	public Map<String, Object> copyDatabase(String from, String to) {
		return delegate().copyDatabase(from, to);
	}

	@Override
	public List<HostAndPort> nodes() {
		return delegate().nodes();
	}

	@Override
	public <T> CompletableFuture<Cursor<T>> runAsync(ReqlAst query, RunOptions options, Type rowType) {
		CompletableFuture<Cursor<T>> cursor = delegate().runAsync(query, withDatabase(options), rowType);
		return cursor.thenApply(this::track);
	}

	@Override
	public <T> Cursor<T> run(ReqlAst query, RunOptions options, Type rowType) {
		return track(delegate().run(query, withDatabase(options), rowType));
	}

	private <T> Cursor<T> track(Cursor<T> cursor) {
		this.cursors.add(cursor);
		if (this.returned) {
			closeOwnCursors();
		}
		return cursor;
	}

	@Override
	public <T> CompletableFuture<T> runAtomAsync(ReqlAst query, RunOptions options, Type resultType) {
		return delegate().runAtomAsync(query, withDatabase(options), resultType);
	}

	@Override
	public <T> T runAtom(ReqlAst query, RunOptions options, Type resultType) {
		return delegate().runAtom(query, withDatabase(options), resultType);
	}

	@Override
	public CompletableFuture<Void> runNoReplyAsync(ReqlAst query, RunOptions options) {
		return delegate().runNoReplyAsync(query, withDatabase(options));
	}

	@Override
	public String toString() {
		return "PooledConnection{" + this.entry.connection + (this.returned ? ", returned" : "") + "}";
	}

}
