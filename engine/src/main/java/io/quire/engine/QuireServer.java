package io.quire.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.quire.engine.catalog.Catalog;
import io.quire.engine.catalog.Table;
import io.quire.engine.net.DriverServer;
import io.quire.engine.net.InProcessClient;
import io.quire.engine.storage.StorageException;
import io.quire.engine.storage.SyncStatistics;
import io.quire.engine.system.Member;
import io.quire.engine.system.ServerLog;
import io.quire.engine.system.ServerNetwork;
import io.quire.engine.system.ServerTables;
import io.quire.engine.term.QueryContext;
import io.quire.protocol.codec.FrameDecoder;
import io.quire.protocol.json.ReqlJson;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Quire server that RethinkDB drivers can connect to: an {@link Engine} served on the
 * driver port with the V1_0 protocol. Embeddable, no Spring:
 *
 * <pre>
 * try (QuireServer server = QuireServer.builder().port(0).inMemory().build()) {
 *     server.start();
 *     // connect to 127.0.0.1:server.port() as admin with an empty password
 * }
 * </pre>
 */
public final class QuireServer implements AutoCloseable {

	/** Quire's own version. */
	public static final String QUIRE_VERSION = "0.1.0";

	/** The RethinkDB release whose protocol and behaviour Quire follows. */
	public static final String RETHINKDB_VERSION = "2.4.4";

	private static final Logger logger = LoggerFactory.getLogger(QuireServer.class);

	private static final String HEALTH_PROBE_KEY = "health/probe";

	private final ServerOptions options;

	private volatile @Nullable Engine engine;

	private volatile @Nullable DriverServer driverServer;

	/** What {@code server_status} shows of the network, once started; guarded by this. */
	private @Nullable ServerNetwork network;

	private @Nullable Integer httpAdminPort;

	private QuireServer(ServerOptions options) {
		this.options = options;
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Opens the storage and binds the driver port; returns once connections are accepted.
	 * @throws ServerStartException if the port is taken, the data directory is locked or
	 * unreadable, or the TLS files are wrong
	 * @throws IllegalStateException if the server was already started
	 */
	public synchronized void start() {
		if (this.engine != null) {
			throw new IllegalStateException("The server is already started");
		}
		Engine opened = openEngine();
		try {
			if (this.options.cluster().isEmpty() || this.options.dataDirectory().isEmpty()) {
				// a group's first primary creates admin for every member
				opened.users().createAdminIfAbsent(this.options.initialPassword());
			}
			AtomicInteger boundPort = new AtomicInteger(this.options.port());
			DriverServer server = new DriverServer(this.options,
					opened.queryRunner(this.options.maxQueryMemory(), this.options.http()), opened.runningQueries(),
					this.options.fatalErrorHandler().orElse(this::closeAfterFatalError), opened.users()::credential,
					() -> serverInfo(opened, boundPort.get()), version());
			server.start();
			boundPort.set(server.port());
			this.network = new ServerNetwork(ServerNetwork.localHostName(), List.of(this.options.bindAddress()),
					server.port(), this.httpAdminPort, null, Instant.now());
			ServerTables.registerNetwork(opened.system(), opened.serverState(), server.clientConnections(),
					this.network);
			opened.log()
				.record(ServerLog.Level.NOTICE, "Listening for client driver connections on "
						+ this.options.bindAddress() + ":" + server.port());
			this.engine = opened;
			this.driverServer = server;
		}
		catch (RuntimeException ex) {
			opened.close();
			throw ex;
		}
		logger.info("Quire ready on {}:{}", this.options.bindAddress(), port());
	}

	private Engine openEngine() {
		Optional<Path> directory = this.options.dataDirectory();
		try {
			String name = this.options.serverName();
			Optional<ClusterOptions> cluster = this.options.cluster();
			if (directory.isPresent() && cluster.isPresent()) {
				return Engine.open(directory.get(), name, cluster.get(), this.options.initialPassword());
			}
			return directory.map((path) -> Engine.open(path, name)).orElseGet(() -> Engine.inMemory(name));
		}
		catch (StorageException ex) {
			throw new ServerStartException(
					"Cannot open the data directory " + directory.orElse(null) + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The SERVER_INFO answer: the live name (a rename in {@code server_config} shows at
	 * once), the role ({@code standby} on a member that does not lead its group), and the
	 * members at their driver addresses.
	 */
	private Map<String, Object> serverInfo(Engine engine, int port) {
		String name = engine.catalog().serverName();
		Map<String, Object> info = new TreeMap<>();
		info.put("id", engine.serverId().toString());
		info.put("name", name);
		info.put("proxy", false);
		String role = engine.role();
		info.put("read_only", !role.equals("primary"));
		info.put("role", role);
		info.put("members", members(engine, name, port, role));
		return info;
	}

	/**
	 * The members as SERVER_INFO lists them, so that drivers learn every member's driver
	 * address: this server alone, or each member of its group with its server id, role
	 * and whether this server heard from it lately.
	 */
	private List<Map<String, Object>> members(Engine engine, String name, int port, String role) {
		List<Member> group = engine.serverState().members().list();
		if (group.isEmpty()) {
			return List.of(Map.of("id", engine.serverId().toString(), "name", name, "host", memberHost(), "port", port,
					"role", role, "reachable", true));
		}
		return group.stream()
			.map((member) -> Map.<String, Object>of("id", member.id().toString(), "name", member.name(), "host",
					member.host(), "port", member.driverPort(), "role", member.role(), "reachable", member.reachable()))
			.toList();
	}

	/**
	 * Tells the server the HTTP port that serves beside it (the Boot server module's
	 * Actuator and console), shown as {@code network.http_admin_port} in
	 * {@code server_status}; before or after the start.
	 */
	public synchronized void httpAdminPort(int port) {
		this.httpAdminPort = port;
		Engine current = this.engine;
		if (current != null && this.network != null) {
			this.network = this.network.withHttpAdminPort(port);
			ServerTables.registerStatus(current.system(), current.serverState(), this.network);
		}
	}

	/**
	 * The address drivers reach this server at: the bind address, or the host name for a
	 * wildcard.
	 */
	private String memberHost() {
		String address = this.options.bindAddress();
		boolean wildcard = address.equals("0.0.0.0") || address.equals("::") || address.equals("0:0:0:0:0:0:0:0");
		return wildcard ? ServerNetwork.localHostName() : address;
	}

	/**
	 * What a SERVER_INFO query answers: the server's id, name, role, members and whether
	 * it is a proxy or read-only.
	 */
	public Map<String, Object> serverInfo() {
		return serverInfo(engine(), port());
	}

	/** The bound driver port (the real one when the builder said 0). */
	public int port() {
		return driver().port();
	}

	public String bindAddress() {
		return this.options.bindAddress();
	}

	public boolean isRunning() {
		DriverServer server = this.driverServer;
		return server != null && server.isListening();
	}

	/** The RocksDB directory, empty for an in-memory server. */
	public Optional<Path> dataDirectory() {
		return this.options.dataDirectory();
	}

	/** The version announced in the handshake, e.g. {@code 2.4.4-quire-0.1.0}. */
	public String version() {
		return RETHINKDB_VERSION + "-quire-" + QUIRE_VERSION;
	}

	/** The server's id, kept in storage across restarts. */
	public UUID serverId() {
		return engine().serverId();
	}

	/**
	 * The server's name: while running, the live one (renamed through
	 * {@code server_config}, kept across restarts), else the one it was built with.
	 */
	public String serverName() {
		Engine current = this.engine;
		return (current != null) ? current.catalog().serverName() : this.options.serverName();
	}

	public ServerOptions options() {
		return this.options;
	}

	/** The engine being served, for direct access without the network. */
	public Engine engine() {
		Engine current = this.engine;
		if (current == null) {
			throw new IllegalStateException("The server is not started");
		}
		return current;
	}

	/** The authenticated client connections, oldest first. */
	public List<ConnectionInfo> connections() {
		return driver().connections();
	}

	/**
	 * A client for queries run in this process (the web console's), held to the
	 * connection and per-connection query limits of the driver port and counted in its
	 * metrics and {@link QueryListener}; close it to give its place back.
	 * @throws QueryException RESOURCE_LIMIT when the connection limit is reached
	 */
	public InProcessClient connectInProcess() {
		return driver().connectInProcess();
	}

	/** Connections, queries, cursors, table sizes and WAL syncs now. */
	public ServerMetrics metrics() {
		DriverServer server = driver();
		Engine current = engine();
		SyncStatistics syncs = current.syncStatistics();
		return new ServerMetrics(server.openConnections(), server.totalConnections(), server.runningQueries(),
				server.openCursors(), server.queriesByKind(), tableMetrics(current.catalog()), syncs.walSyncs(),
				syncs.syncedWrites());
	}

	private static List<ServerMetrics.TableMetrics> tableMetrics(Catalog catalog) {
		List<ServerMetrics.TableMetrics> tables = new ArrayList<>();
		for (String database : catalog.databaseNames()) {
			for (String name : catalog.tableNames(database)) {
				Table table = catalog.table(database, name);
				tables.add(new ServerMetrics.TableMetrics(database, name, table.count(), table.approximateBytes()));
			}
		}
		return tables;
	}

	/**
	 * Whether storage takes a write and the driver port listens, with the reason when
	 * not.
	 */
	public ServerHealth health() {
		Engine current = this.engine;
		DriverServer server = this.driverServer;
		if (current == null || server == null) {
			return new ServerHealth(false, false, "The server is not running");
		}
		String storageProblem = probeStorage(current.catalog());
		boolean listening = server.isListening();
		String reason = (storageProblem != null) ? storageProblem
				: (listening ? null : "The driver port is not listening");
		return new ServerHealth(storageProblem == null, listening, reason);
	}

	private static @Nullable String probeStorage(Catalog catalog) {
		byte[] probe = Instant.now().toString().getBytes(StandardCharsets.UTF_8);
		try {
			catalog.putSystemValue(HEALTH_PROBE_KEY, probe);
			return Arrays.equals(probe, catalog.systemValue(HEALTH_PROBE_KEY)) ? null
					: "Storage did not return the value just written";
		}
		catch (RuntimeException ex) {
			return "Storage is not writable: " + ex.getMessage();
		}
	}

	/**
	 * Stops accepting connections, lets running queries finish (at most the shutdown
	 * timeout), closes cursors and connections, then closes the storage. Does nothing if
	 * not running.
	 */
	@Override
	public synchronized void close() {
		DriverServer server = this.driverServer;
		Engine current = this.engine;
		this.driverServer = null;
		this.engine = null;
		try {
			if (server != null) {
				if (current != null && this.options.cluster().isPresent()) {
					// a member's feeds end with RethinkDB's error while their clients
					// still listen, so that they reopen them on another member
					current.endFeeds();
				}
				server.close(this.options.shutdownTimeout());
			}
		}
		finally {
			if (current != null) {
				current.close();
				logger.info("Quire on {} stopped", this.options.bindAddress());
			}
		}
	}

	/**
	 * The default answer to a fatal error: log it and close, on a thread of its own since
	 * closing waits for the workers.
	 */
	private void closeAfterFatalError(Throwable error) {
		logger.error("Fatal error in a query worker; closing the server on {}:{}", this.options.bindAddress(),
				this.options.port(), error);
		Thread closer = new Thread(this::close, "quire-fatal-close");
		closer.setDaemon(true);
		closer.start();
	}

	private DriverServer driver() {
		DriverServer server = this.driverServer;
		if (server == null) {
			throw new IllegalStateException("The server is not running");
		}
		return server;
	}

	@Override
	public String toString() {
		return "QuireServer[" + this.options + "]";
	}

	/**
	 * Settings of a {@link QuireServer}; every setter checks its argument at once.
	 */
	public static final class Builder {

		private int port = 28015;

		private String bindAddress = "127.0.0.1";

		private Path dataDirectory = Path.of("quire-data");

		private boolean inMemory;

		private String initialPassword = "";

		private int maxConnections = 1024;

		private int maxFrameSize = FrameDecoder.DEFAULT_MAX_FRAME_SIZE;

		private int maxNestingDepth = ReqlJson.DEFAULT_MAX_DEPTH;

		private Duration handshakeTimeout = Duration.ofSeconds(10);

		private Duration frameReadTimeout = Duration.ofSeconds(30);

		private Duration shutdownTimeout = Duration.ofSeconds(30);

		private @Nullable Path tlsCertificateChain;

		private @Nullable Path tlsPrivateKey;

		private @Nullable Path tlsClientCa;

		private String serverName = "quire";

		private QueryListener queryListener = QueryListener.NONE;

		private int workerThreads = Math.max(32, 8 * Runtime.getRuntime().availableProcessors());

		private long maxQueryMemory = QueryContext.DEFAULT_MEMORY_LIMIT;

		private ServerOptions.Http http = ServerOptions.Http.UNRESTRICTED;

		private @Nullable FatalErrorHandler fatalErrorHandler;

		private @Nullable ClusterOptions cluster;

		private Builder() {
		}

		/**
		 * The driver port; 28015 by default, 0 for any free port (see
		 * {@link QuireServer#port()}).
		 */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("port must be between 0 and 65535");
			}
			this.port = port;
			return this;
		}

		/**
		 * The address to listen on; {@code 127.0.0.1} by default, {@code 0.0.0.0} for
		 * every interface.
		 */
		public Builder bindAddress(String bindAddress) {
			this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress must not be null");
			return this;
		}

		/**
		 * Keeps data in RocksDB in this directory; the default is {@code ./quire-data}.
		 */
		public Builder dataDirectory(Path dataDirectory) {
			this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory must not be null");
			this.inMemory = false;
			return this;
		}

		/** Keeps data in memory only, lost on close. */
		public Builder inMemory() {
			this.inMemory = true;
			return this;
		}

		/**
		 * The password {@code admin} gets when the server starts on empty storage; empty
		 * by default.
		 */
		public Builder initialPassword(String initialPassword) {
			this.initialPassword = Objects.requireNonNull(initialPassword, "initialPassword must not be null");
			return this;
		}

		/**
		 * Client connections open at once (1024 by default); more are told so and closed.
		 */
		public Builder maxConnections(int maxConnections) {
			this.maxConnections = positive(maxConnections, "maxConnections");
			return this;
		}

		/**
		 * The largest query frame body in bytes; 128 MiB - 1 by default, as in RethinkDB.
		 */
		public Builder maxFrameSize(int maxFrameSize) {
			this.maxFrameSize = positive(maxFrameSize, "maxFrameSize");
			return this;
		}

		/**
		 * The deepest nesting of arrays and objects in a query and in a response, each
		 * counted over its whole JSON; 1024 by default. A deeper query gets a
		 * CLIENT_ERROR, a deeper result a {@code ReqlResourceLimitError}.
		 */
		public Builder maxNestingDepth(int maxNestingDepth) {
			this.maxNestingDepth = positive(maxNestingDepth, "maxNestingDepth");
			return this;
		}

		/** How long a client may take to finish the handshake; 10 seconds by default. */
		public Builder handshakeTimeout(Duration handshakeTimeout) {
			this.handshakeTimeout = positive(handshakeTimeout, "handshakeTimeout");
			return this;
		}

		/**
		 * How long a query frame may take to arrive once its first byte has; 30 seconds
		 * by default. A connection whose frame stays incomplete longer is closed; one
		 * idle between frames is not.
		 */
		public Builder frameReadTimeout(Duration frameReadTimeout) {
			this.frameReadTimeout = positive(frameReadTimeout, "frameReadTimeout");
			return this;
		}

		/**
		 * How long {@link QuireServer#close()} waits for running queries; 30 seconds by
		 * default.
		 */
		public Builder shutdownTimeout(Duration shutdownTimeout) {
			Objects.requireNonNull(shutdownTimeout, "shutdownTimeout must not be null");
			if (shutdownTimeout.isNegative()) {
				throw new IllegalArgumentException("shutdownTimeout must not be negative");
			}
			this.shutdownTimeout = shutdownTimeout;
			return this;
		}

		/**
		 * Serves TLS with this PEM certificate chain and PKCS#8 PEM private key; plain
		 * TCP by default.
		 */
		public Builder tls(Path certificateChainPem, Path privateKeyPem) {
			this.tlsCertificateChain = Objects.requireNonNull(certificateChainPem,
					"certificateChainPem must not be null");
			this.tlsPrivateKey = Objects.requireNonNull(privateKeyPem, "privateKeyPem must not be null");
			return this;
		}

		/**
		 * Requires clients to present a certificate signed by this PEM CA; needs
		 * {@link #tls}.
		 */
		public Builder tlsClientCertificates(Path caPem) {
			this.tlsClientCa = Objects.requireNonNull(caPem, "caPem must not be null");
			return this;
		}

		/** The name SERVER_INFO reports; {@code quire} by default. */
		public Builder serverName(String serverName) {
			this.serverName = Objects.requireNonNull(serverName, "serverName must not be null");
			return this;
		}

		/** Told about every answered query, for metrics; none by default. */
		public Builder queryListener(QueryListener queryListener) {
			this.queryListener = Objects.requireNonNull(queryListener, "queryListener must not be null");
			return this;
		}

		/**
		 * Threads that evaluate queries; 8 per processor (at least 32) by default. A
		 * durable write holds its thread until its WAL sync, so there are enough threads
		 * for many writers to share one sync while other queries still run.
		 */
		public Builder workerThreads(int workerThreads) {
			this.workerThreads = positive(workerThreads, "workerThreads");
			return this;
		}

		/**
		 * The most heap, in bytes, that one value a query builds in memory (an array,
		 * grouped data, a sort buffer, a string) may take; a query over it fails with
		 * RESOURCE_LIMIT, whatever its {@code array_limit}. A quarter of the JVM's
		 * maximum heap by default.
		 */
		public Builder maxQueryMemory(long maxQueryMemory) {
			if (maxQueryMemory <= 0) {
				throw new IllegalArgumentException("maxQueryMemory must be positive");
			}
			this.maxQueryMemory = maxQueryMemory;
			return this;
		}

		/**
		 * Told when an error the JVM cannot recover from (an {@link OutOfMemoryError})
		 * reaches a query worker, after the query is answered. By default the error is
		 * logged and the server closes itself; an application that runs only the server
		 * may exit instead.
		 */
		public Builder fatalErrorHandler(FatalErrorHandler fatalErrorHandler) {
			this.fatalErrorHandler = Objects.requireNonNull(fatalErrorHandler, "fatalErrorHandler must not be null");
			return this;
		}

		/**
		 * Whether queries may send HTTP requests with {@code r.http}; true by default, as
		 * in RethinkDB.
		 */
		public Builder httpEnabled(boolean enabled) {
			this.http = new ServerOptions.Http(enabled, this.http.allowedHosts());
			return this;
		}

		/**
		 * The only hosts {@code r.http} may send requests to (also on redirects and
		 * pages); an entry {@code *.example.com} admits every subdomain too. Empty, the
		 * default, admits every host.
		 */
		public Builder httpAllowedHosts(Collection<String> hosts) {
			Objects.requireNonNull(hosts, "hosts must not be null");
			hosts.forEach((host) -> Objects.requireNonNull(host, "hosts must not contain null"));
			this.http = new ServerOptions.Http(this.http.enabled(), List.copyOf(hosts));
			return this;
		}

		/**
		 * Makes this server a member of a replicated group (Raft on Apache Ratis): writes
		 * are accepted by the group's primary only and acknowledged once a majority has
		 * them; a standby serves reads from what it applied. Needs a data directory. None
		 * by default: a single server.
		 */
		public Builder cluster(ClusterOptions cluster) {
			this.cluster = Objects.requireNonNull(cluster, "cluster must not be null");
			return this;
		}

		/**
		 * @throws IllegalStateException if client certificates are required without TLS,
		 * or a cluster member is in memory
		 */
		public QuireServer build() {
			if (this.tlsClientCa != null && this.tlsCertificateChain == null) {
				throw new IllegalStateException("tlsClientCertificates needs tls(certificateChainPem, privateKeyPem)");
			}
			if (this.cluster != null && this.inMemory) {
				throw new IllegalStateException("cluster needs a data directory, not inMemory()");
			}
			ServerOptions.Limits limits = new ServerOptions.Limits(this.maxConnections, this.maxFrameSize,
					this.maxNestingDepth, this.handshakeTimeout, this.frameReadTimeout, this.shutdownTimeout,
					this.workerThreads, this.maxQueryMemory);
			return new QuireServer(new ServerOptions(this.port, this.bindAddress,
					this.inMemory ? null : this.dataDirectory, this.initialPassword, limits, tls(), this.serverName,
					this.queryListener, this.fatalErrorHandler)
				.withHttp(this.http)
				.withCluster(this.cluster));
		}

		private ServerOptions.@Nullable Tls tls() {
			return (this.tlsCertificateChain != null && this.tlsPrivateKey != null)
					? new ServerOptions.Tls(this.tlsCertificateChain, this.tlsPrivateKey, this.tlsClientCa) : null;
		}

		private static int positive(int value, String name) {
			if (value <= 0) {
				throw new IllegalArgumentException(name + " must be positive");
			}
			return value;
		}

		private static Duration positive(Duration value, String name) {
			Objects.requireNonNull(value, name + " must not be null");
			if (value.isZero() || value.isNegative()) {
				throw new IllegalArgumentException(name + " must be positive");
			}
			return value;
		}

	}

}
