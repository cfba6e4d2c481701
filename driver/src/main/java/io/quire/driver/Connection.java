package io.quire.driver;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.quire.driver.internal.DatabaseCopier;
import io.quire.driver.internal.Futures;
import io.quire.driver.query.ReqlAst;
import org.jspecify.annotations.Nullable;

/**
 * A connection to a Quire (or RethinkDB 2.4) server. Thread-safe: many threads may run
 * queries at once; they share one socket and their responses are matched by token. Close
 * it (or use try-with-resources) when done; closing also closes its open cursors. A
 * connection from a {@link io.quire.driver.pool.ConnectionPool} goes back to the pool
 * when closed.
 * <p>
 * Queries usually run through the builder:
 * {@code Quire.r.table("heroes").run(connection)}.
 */
public interface Connection extends AutoCloseable {

	/** The default database of queries. */
	String db();

	/** Change the default database of later queries. */
	void use(String database);

	/** The host this connection is connected to (one of the options' hosts). */
	String host();

	/** The port this connection is connected to. */
	int port();

	/** The options this connection was opened with. */
	ConnectionOptions options();

	/** The server's identity and role (SERVER_INFO). */
	ServerInfo serverInfo();

	/**
	 * Wait until every {@code runNoReply} query sent so far on this connection has
	 * finished.
	 */
	void noreplyWait();

	/** {@link #noreplyWait()} without blocking. */
	CompletableFuture<Void> noreplyWaitAsync();

	/**
	 * Close the socket (failing queries in flight) and open a new one to the options'
	 * hosts.
	 */
	void reconnect();

	/**
	 * Close the socket, failing queries in flight and closing the open cursors, and keep
	 * the connection usable: the next query opens a new socket to the options' hosts,
	 * even with {@code auto_reconnect} off (pymongo's {@code disconnect}). Nothing
	 * happens on a closed connection. A pooled connection lets go of the pool's socket it
	 * holds instead (the pool closes it once every loan sharing it returned it) and
	 * borrows a fresh one on its next call.
	 */
	void disconnect();

	/** Whether the connection is usable: not closed by its owner and its socket is up. */
	boolean isOpen();

	/**
	 * Close the open cursors and the socket. Idempotent; a pooled connection returns to
	 * its pool.
	 */
	@Override
	void close();

	/** Close every open cursor of this connection, stopping their server-side streams. */
	void closeCursors();

	/** The names of the server's databases. */
	List<String> databaseNames();

	/**
	 * Drop a database and its tables; the server's summary ({@code dbs_dropped},
	 * {@code tables_dropped}).
	 */
	Map<String, Object> dropDatabase(String name);

	/**
	 * Copy a database on the same server: create {@code to}, then each table of
	 * {@code from} with its primary key, documents and secondary indexes (recreated from
	 * their {@code indexStatus} function and {@code multi} flag, and waited for).
	 * @return counts: {@code tables_copied}, {@code documents_copied}
	 */
	Map<String, Object> copyDatabase(String from, String to);

	/**
	 * Copy a database from another server into this connection's server, as pymongo's
	 * {@code copy_database(from_name, to_name, from_host, username, password)}: a second
	 * connection is opened to {@code fromHost} with these credentials (and this
	 * connection's TLS, timeouts and keepalives), each table of {@code from} is created
	 * in {@code to} with its primary key, its documents are streamed across in batches,
	 * and its secondary indexes are recreated and waited for. The source connection is
	 * closed before this returns.
	 * @param fromHost the server holding {@code from}
	 * @param username the user on {@code fromHost}; {@code null} for {@code admin}
	 * @param password that user's password; {@code null} for empty
	 * @return counts: {@code tables_copied}, {@code documents_copied}
	 */
	default Map<String, Object> copyDatabase(String from, String to, HostAndPort fromHost, @Nullable String username,
			@Nullable String password) {
		return DatabaseCopier.fromHost(this, from, to, fromHost, username, password);
	}

	/**
	 * The known servers, as pymongo's {@code nodes}: the connected one first, then the
	 * members of its cluster learned from SERVER_INFO (of this connection or another of
	 * the same factory), then the hosts of the options. No network round trip;
	 * {@link #serverInfo()} refreshes the members.
	 */
	List<HostAndPort> nodes();

	/**
	 * Run a query and give its rows as a cursor. Mostly used through
	 * {@code ReqlAst.run...}.
	 * @param rowType the Java type each row is mapped to ({@code Object.class} for plain
	 * values)
	 */
	<T> CompletableFuture<Cursor<T>> runAsync(ReqlAst query, RunOptions options, Type rowType);

	/**
	 * Run a query and wait for its cursor, mapping rows on the calling thread. Mostly
	 * used through {@code ReqlAst.run...}.
	 * @param rowType the Java type each row is mapped to ({@code Object.class} for plain
	 * values)
	 */
	default <T> Cursor<T> run(ReqlAst query, RunOptions options, Type rowType) {
		return Futures.join(this.<T>runAsync(query, options, rowType));
	}

	/**
	 * Run a query and map its whole result to one value; a sequence is read to its end as
	 * a list.
	 * @param resultType the Java type of the result
	 */
	<T> CompletableFuture<T> runAtomAsync(ReqlAst query, RunOptions options, Type resultType);

	/**
	 * Run a query and wait for its whole result, mapped on the calling thread. Mostly
	 * used through {@code ReqlAst.runAtom...}.
	 * @param resultType the Java type of the result
	 */
	default <T> T runAtom(ReqlAst query, RunOptions options, Type resultType) {
		return Futures.join(this.<T>runAtomAsync(query, options, resultType));
	}

	/**
	 * Send a query with {@code noreply}: the future completes once it is written, with no
	 * result.
	 */
	CompletableFuture<Void> runNoReplyAsync(ReqlAst query, RunOptions options);

}
