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
 * {@link #disconnect()} and {@link #reconnect()} let go of the pooled socket rather than
 * close it under other loans: the pool takes no new loans on it and closes it when its
 * last borrower returns it (at once when this loan was the only one), and this loan is
 * lent a fresh one, by {@code reconnect()} at once and after {@code disconnect()} on the
 * next call (waiting up to the pool's acquire time, as {@code connect()} does).
 * <p>
 * {@link #use(String)} changes the default database of this loan only: it is sent with
 * each query as the {@code db} run option (unless the query names one), and the pooled
 * connection underneath keeps its own, so the next borrower starts from the options'
 * database. Open cursors are closed when the loan ends.
 */
public final class PooledConnection implements Connection {

	private final ConnectionPool pool;

	private static final VarHandle RETURNED;

	private static final VarHandle ENTRY;

	static {
		try {
			MethodHandles.Lookup lookup = MethodHandles.lookup();
			RETURNED = lookup.findVarHandle(PooledConnection.class, "returned", boolean.class);
			ENTRY = lookup.findVarHandle(PooledConnection.class, "entry", PoolEntry.class);
		}
		catch (ReflectiveOperationException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private volatile boolean returned;

	/** The pooled socket this loan holds; none after {@link #disconnect()}. */
	private volatile @Nullable PoolEntry entry;

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

	/**
	 * The pooled connection underneath, while this loan holds it; do not close it
	 * directly.
	 */
	public Connection unwrap() {
		return delegate();
	}

	private Connection delegate() {
		return entryInUse().connection;
	}

	private PoolEntry entryInUse() {
		checkNotReturned();
		PoolEntry current = this.entry;
		return (current != null) ? current : attachNewEntry();
	}

	private void checkNotReturned() {
		if (this.returned) {
			throw new QuireConnectionClosedException("This connection was returned to the pool");
		}
	}

	/**
	 * Borrow a socket for this loan after it let go of its own. Two threads may race
	 * here, and {@link #close()} with them: exactly one entry ends up held, the others go
	 * back to the pool.
	 */
	private PoolEntry attachNewEntry() {
		PoolEntry fresh = this.pool.acquireForLoan();
		if (!ENTRY.compareAndSet(this, null, fresh)) {
			this.pool.giveBack(fresh);
			return entryInUse();
		}
		if (this.returned) {
			if (ENTRY.compareAndSet(this, fresh, null)) {
				this.pool.giveBack(fresh);
			}
			checkNotReturned();
		}
		return fresh;
	}

	/** Return the connection to the pool. Idempotent. */
	@Override
	public void close() {
		if (!this.returned && RETURNED.compareAndSet(this, false, true)) {
			closeOwnCursors();
			this.pool.release(this, (PoolEntry) ENTRY.getAndSet(this, null));
		}
	}

	@Override
	public boolean isOpen() {
		PoolEntry current = this.entry;
		return !this.returned && (current == null || current.connection.isOpen());
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
		return this.pool.options();
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

	/**
	 * Let go of the pooled socket (closing this loan's cursors) and hold a fresh one: the
	 * old socket is closed once its other borrowers, if any, return it.
	 */
	@Override
	public void reconnect() {
		disconnect();
		entryInUse();
	}

	/**
	 * Let go of the pooled socket (closing this loan's cursors); the next call borrows a
	 * fresh one. Other loans sharing the old socket keep it until they return it.
	 */
	@Override
	public void disconnect() {
		checkNotReturned();
		closeOwnCursors();
		PoolEntry current = (PoolEntry) ENTRY.getAndSet(this, null);
		if (current != null) {
			this.pool.evict(current);
		}
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
		PoolEntry current = this.entry;
		return "PooledConnection{" + ((current != null) ? current.connection : "no socket")
				+ (this.returned ? ", returned" : "") + "}";
	}

}
