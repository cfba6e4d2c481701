package io.quire.driver.internal;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import io.quire.driver.ClientResources;
import io.quire.driver.Connection;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.Cursor;
import io.quire.driver.HostAndPort;
import io.quire.driver.QuireAutoReconnectException;
import io.quire.driver.QuireException;
import io.quire.driver.QuireNotPrimaryException;
import io.quire.driver.QuireProtocolException;
import io.quire.driver.RunOptions;
import io.quire.driver.ServerInfo;
import io.quire.driver.query.ReqlAst;
import io.quire.protocol.ResponseType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JavaType;

/**
 * The standard {@link Connection}: one Netty channel at a time (chosen and re-routed by a
 * {@link ChannelRouter}), queries multiplexed by token. When the socket breaks, queries
 * in flight fail with {@link QuireAutoReconnectException}; with {@code auto_reconnect}
 * the next query opens a new socket, otherwise the connection stays broken (a pool then
 * replaces it). When a standby refuses an operation ({@link QuireNotPrimaryException})
 * and {@code target_session_attrs} admit a primary, the next query re-routes to a new
 * socket, the primary the standby named first. Reads are retried once on a retryable
 * failure only with {@code retry_reads}.
 */
public final class DefaultConnection implements Connection {

	private static final Logger logger = LoggerFactory.getLogger(DefaultConnection.class);

	private final ConnectionOptions options;

	private final Executor callbacks;

	private final QueryListeners listeners;

	private final ClusterView cluster;

	private final ChannelRouter router;

	private final AtomicLong tokens = new AtomicLong(1);

	private final Set<Cursor<?>> cursors = ConcurrentHashMap.newKeySet();

	private volatile String database;

	private volatile boolean noreplySent;

	private DefaultConnection(ConnectionOptions options, ClientResources resources, ClusterView cluster) {
		this.options = options;
		this.cluster = cluster;
		this.router = new ChannelRouter(options, new ChannelConnector(options, resources), cluster);
		this.callbacks = resources.callbacks();
		this.listeners = new QueryListeners(options.queryListeners());
		this.database = options.database();
	}

	/**
	 * Open a connection to the first fitting host of the options and of the members the
	 * cluster view knows.
	 */
	public static CompletableFuture<Connection> open(ConnectionOptions options, ClientResources resources,
			ClusterView cluster) {
		DefaultConnection connection = new DefaultConnection(options, resources, cluster);
		return connection.router.current().thenApply((channel) -> connection);
	}

	// ---- queries ----

	// The futures of the asynchronous methods complete off the event loop, since callers
	// may block in their callbacks. The synchronous ones skip that hop: the caller's own
	// thread waits, then builds the cursor or maps the result.

	@Override
	public <T> CompletableFuture<Cursor<T>> runAsync(ReqlAst query, RunOptions options, Type rowType) {
		Function<@Nullable Object, T> mapper = mapper(rowType);
		return observe(query, options, () -> start(query, options))
			.thenApplyAsync((started) -> newCursor(started, mapper), this.callbacks);
	}

	@Override
	public <T> Cursor<T> run(ReqlAst query, RunOptions options, Type rowType) {
		Function<@Nullable Object, T> mapper = mapper(rowType);
		return newCursor(Futures.join(observe(query, options, () -> start(query, options))), mapper);
	}

	@Override
	public <T> CompletableFuture<T> runAtomAsync(ReqlAst query, RunOptions options, Type resultType) {
		Function<@Nullable Object, T> mapper = mapper(resultType);
		return wholeResult(query, options).thenApplyAsync(mapper, this.callbacks);
	}

	@Override
	public <T> T runAtom(ReqlAst query, RunOptions options, Type resultType) {
		Function<@Nullable Object, T> mapper = mapper(resultType);
		return mapper.apply(Futures.join(wholeResult(query, options)));
	}

	private CompletableFuture<@Nullable Object> wholeResult(ReqlAst query, RunOptions options) {
		return observe(query, options, () -> start(query, options).thenCompose(this::wholeResult));
	}

	private <R> CompletableFuture<R> observe(ReqlAst query, RunOptions options, Supplier<CompletableFuture<R>> call) {
		return this.listeners.observe(query, this.database, options, connectedAddress(), () -> ReadRetry
			.run(this.options.retryReads() && !this.router.isClosed(), query, this.router::rerouteIfBroken, call));
	}

	/** The atom, or every row of a sequence, fetching the batches without blocking. */
	private CompletableFuture<@Nullable Object> wholeResult(Started started) {
		Response first = started.response();
		if (first.type() == ResponseType.SUCCESS_ATOM) {
			return CompletableFuture.completedFuture(first.data().isEmpty() ? null : first.data().get(0));
		}
		return gather(new TokenExchange(started.channel(), started.token(), this.cursors), first, new ArrayList<>());
	}

	private CompletableFuture<@Nullable Object> gather(TokenExchange exchange, Response batch,
			List<@Nullable Object> rows) {
		rows.addAll(batch.data());
		if (batch.isFinal()) {
			return CompletableFuture.completedFuture(rows);
		}
		return exchange.fetchMore().thenCompose((next) -> gather(exchange, next, rows));
	}

	@Override
	public CompletableFuture<Void> runNoReplyAsync(ReqlAst query, RunOptions options) {
		return this.listeners.observe(query, this.database, options, connectedAddress(), () -> {
			byte[] body = QueryJson.start(query, this.database, this.options.sessionOptions(), options, true);
			this.noreplySent = true;
			return this.router.current()
				.thenCompose((channel) -> channel.sendWithoutResponse(this.tokens.getAndIncrement(), body));
		});
	}

	private record Started(ConnectionChannel channel, long token, Response response) {
	}

	private CompletableFuture<Started> start(ReqlAst query, RunOptions options) {
		byte[] body = QueryJson.start(query, this.database, this.options.sessionOptions(), options, false);
		long token = this.tokens.getAndIncrement();
		return this.router.current()
			.thenCompose((channel) -> channel.send(token, body)
				.thenApply((response) -> new Started(channel, token, checked(channel, response, body))));
	}

	private Response checked(ConnectionChannel channel, Response response, byte[] body) {
		if (response.type().isError()) {
			QuireException failure = ExceptionFactory.of(response, new String(body, StandardCharsets.UTF_8));
			this.router.refused(channel, failure);
			throw failure;
		}
		if (response.type() == ResponseType.WAIT_COMPLETE || response.type() == ResponseType.SERVER_INFO) {
			throw new QuireProtocolException("Unexpected response type " + response.type() + " to a query");
		}
		return response;
	}

	/**
	 * Maps rows to the caller's type; without one ({@code Object}), documents go to the
	 * options' {@code document_class}.
	 */
	private <T> Function<@Nullable Object, T> mapper(Type javaType) {
		boolean timeZoneAware = this.options.timeZoneAware();
		Class<?> documentClass = this.options.documentClass();
		if (javaType == Object.class && documentClass != Map.class) {
			JavaType documentType = DocumentMapper.shared().type(documentClass);
			return (row) -> DocumentMapper.shared().mapDocuments(row, documentType, timeZoneAware);
		}
		JavaType type = DocumentMapper.shared().type(javaType);
		return (row) -> DocumentMapper.shared().map(row, type, timeZoneAware);
	}

	private <T> Cursor<T> newCursor(Started started, Function<@Nullable Object, T> mapper) {
		TokenExchange exchange = new TokenExchange(started.channel(), started.token(), this.cursors);
		Cursor<T> cursor = started.response().isFeed() ? new FeedCursor<>(exchange, started.response(), mapper)
				: new DefaultCursor<>(exchange, started.response(), mapper);
		if (!cursor.isExhausted()) {
			exchange.track(cursor);
		}
		return cursor;
	}

	// ---- connection API ----

	@Override
	public String db() {
		return this.database;
	}

	@Override
	public void use(String database) {
		if (database == null || database.isBlank()) {
			throw new IllegalArgumentException("database must not be empty");
		}
		this.database = database;
	}

	@Override
	public String host() {
		return connectedAddress().host();
	}

	@Override
	public int port() {
		return connectedAddress().port();
	}

	private HostAndPort connectedAddress() {
		return this.router.address();
	}

	@Override
	public ConnectionOptions options() {
		return this.options;
	}

	@Override
	public ServerInfo serverInfo() {
		ServerInfo info = Futures.join(this.router.current()
			.thenCompose((channel) -> HostSelector.serverInfo(channel, this.tokens.getAndIncrement())));
		this.cluster.learn(info);
		return info;
	}

	@Override
	public void noreplyWait() {
		Futures.join(noreplyWaitAsync());
	}

	@Override
	public CompletableFuture<Void> noreplyWaitAsync() {
		return this.router.current()
			.thenCompose((channel) -> channel.send(this.tokens.getAndIncrement(), QueryJson.NOREPLY_WAIT))
			.thenAccept((response) -> {
				if (response.type() != ResponseType.WAIT_COMPLETE) {
					throw response.type().isError() ? ExceptionFactory.of(response, null)
							: new QuireProtocolException("Unexpected reply to NOREPLY_WAIT: " + response.type());
				}
			});
	}

	@Override
	public void reconnect() {
		if (this.router.isClosed()) {
			throw ChannelRouter.closedException();
		}
		closeCursors();
		ConnectionChannel current = this.router.channel();
		if (current != null) {
			current.close().join();
		}
		Futures.join(this.router.open());
	}

	@Override
	public void disconnect() {
		if (this.router.isClosed()) {
			return;
		}
		closeCursors();
		ConnectionChannel current = this.router.detach();
		if (current != null) {
			current.close().join();
		}
	}

	@Override
	public boolean isOpen() {
		ConnectionChannel current = this.router.channel();
		return !this.router.isClosed() && current != null && current.isActive();
	}

	@Override
	public void close() {
		if (this.router.isClosed()) {
			return;
		}
		waitForNoreplyQueries();
		this.router.close();
		closeCursors();
		ConnectionChannel current = this.router.channel();
		if (current != null) {
			current.close().join();
		}
	}

	private void waitForNoreplyQueries() {
		ConnectionChannel current = this.router.channel();
		if (!this.noreplySent || current == null || !current.isActive()) {
			return;
		}
		try {
			Duration bound = this.options.connectTimeout();
			noreplyWaitAsync().get((bound != null) ? bound.toMillis() : Long.MAX_VALUE, TimeUnit.MILLISECONDS);
		}
		catch (Exception ex) {
			logger.debug("Could not wait for noreply queries before closing: {}", ex.toString());
		}
	}

	@Override
	public void closeCursors() {
		for (Cursor<?> cursor : List.copyOf(this.cursors)) {
			cursor.close();
		}
	}

	/** The number of open cursors, for tests and pool leak reports. */
	public int openCursorCount() {
		return this.cursors.size();
	}

	@Override
	public List<String> databaseNames() {
		return ConnectionAdmin.databaseNames(this);
	}

	@Override
	public Map<String, Object> dropDatabase(String name) {
		return ConnectionAdmin.dropDatabase(this, name);
	}

	@Override
	public Map<String, Object> copyDatabase(String from, String to) {
		return ConnectionAdmin.copyDatabase(this, from, to);
	}

	@Override
	public List<HostAndPort> nodes() {
		return this.cluster.nodes(connectedAddress());
	}

	@Override
	public String toString() {
		return "DefaultConnection{" + connectedAddress() + ", db=" + this.database + ", open=" + isOpen() + "}";
	}

}
