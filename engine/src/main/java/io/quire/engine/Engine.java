package io.quire.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.quire.engine.auth.Authorizer;
import io.quire.engine.auth.Users;
import io.quire.engine.catalog.Catalog;
import io.quire.engine.catalog.DefaultCatalog;
import io.quire.engine.cluster.CacheRefresher;
import io.quire.engine.cluster.MemberEvents;
import io.quire.engine.cluster.ReplicatedStorage;
import io.quire.engine.query.QueryRunner;
import io.quire.engine.query.ReqlQueryRunner;
import io.quire.engine.query.RunningQueries;
import io.quire.engine.storage.Storage;
import io.quire.engine.storage.SyncStatistics;
import io.quire.engine.storage.memory.MemoryStorage;
import io.quire.engine.storage.rocksdb.RocksDbStorage;
import io.quire.engine.system.ClientConnections;
import io.quire.engine.system.Members;
import io.quire.engine.system.NamedMembers;
import io.quire.engine.system.ServerLog;
import io.quire.engine.system.ServerNetwork;
import io.quire.engine.system.ServerState;
import io.quire.engine.system.ServerTables;
import io.quire.engine.system.SystemDatabase;
import io.quire.engine.term.QueryContext;
import org.jspecify.annotations.Nullable;

/**
 * Storage, catalog, evaluator and users without a network: what a {@link QuireServer}
 * serves, usable directly by tests and embedders. Close it to flush and release the
 * storage.
 */
public final class Engine implements AutoCloseable {

	private static final String SERVER_ID_KEY = "server/id";

	private final Catalog catalog;

	private final QueryRunner queryRunner;

	private final Users users;

	private final Authorizer authorizer;

	private final SystemDatabase system;

	private final RunningQueries runningQueries = new RunningQueries();

	private final UUID serverId;

	private final @Nullable Path dataDirectory;

	private final Storage storage;

	private final ServerLog log = new ServerLog();

	private final ServerState state;

	private volatile @Nullable CacheRefresher refresher;

	private Engine(Catalog catalog, Storage storage, @Nullable Path dataDirectory, @Nullable UUID newServerId) {
		this.catalog = catalog;
		this.storage = storage;
		this.users = new Users(catalog);
		this.authorizer = new Authorizer(this.users, catalog);
		this.system = new SystemDatabase(catalog, this.authorizer);
		this.queryRunner = queryRunner(QueryContext.DEFAULT_MEMORY_LIMIT, ServerOptions.Http.UNRESTRICTED);
		this.serverId = serverId(catalog, (newServerId != null) ? newServerId : UUID.randomUUID());
		this.dataDirectory = dataDirectory;
		this.state = new ServerState(this.serverId, processVersion(), this.log.started(), catalog, this.log,
				this.runningQueries, this.system.activity(), (storage instanceof ReplicatedStorage replicated)
						? new NamedMembers(replicated.membership(catalog::serverName), catalog) : Members.NONE);
		ServerTables.register(this.system, this.state, ClientConnections.NONE, ServerNetwork.none(this.log.started()));
		this.log.record(ServerLog.Level.NOTICE, "Running " + processVersion());
		this.log.record(ServerLog.Level.NOTICE,
				"Server `" + catalog.serverName() + "` ready, with " + catalog.databaseNames().size() + " database(s), "
						+ (dataDirectory != null ? "data in " + dataDirectory.toAbsolutePath() : "data in memory"));
	}

	/** The version as {@code server_status} shows it, in RethinkDB's format. */
	private static String processVersion() {
		return "rethinkdb " + QuireServer.RETHINKDB_VERSION + "-quire-" + QuireServer.QUIRE_VERSION + " ("
				+ System.getProperty("os.arch") + "-" + System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT)
				+ ") (Java " + Runtime.version() + ")";
	}

	/**
	 * Opens (or creates) a durable engine in a RocksDB directory.
	 * @throws io.quire.engine.storage.StorageException if the directory cannot be opened,
	 * for example because another process holds its lock
	 */
	public static Engine open(Path dataDirectory) {
		return open(dataDirectory, DefaultCatalog.DEFAULT_SERVER_NAME);
	}

	/**
	 * Like {@link #open(Path)}, with the server name that {@code table_config} rows show.
	 */
	public static Engine open(Path dataDirectory, String serverName) {
		Objects.requireNonNull(dataDirectory, "dataDirectory must not be null");
		Objects.requireNonNull(serverName, "serverName must not be null");
		return open(RocksDbStorage.open(dataDirectory), dataDirectory, serverName);
	}

	/** An engine whose data lives in memory only. */
	public static Engine inMemory() {
		return inMemory(DefaultCatalog.DEFAULT_SERVER_NAME);
	}

	/**
	 * Like {@link #inMemory()}, with the server name that {@code table_config} rows show.
	 */
	public static Engine inMemory(String serverName) {
		Objects.requireNonNull(serverName, "serverName must not be null");
		return open(new MemoryStorage(), null, serverName);
	}

	/**
	 * Opens (or creates) a member of a replicated group in a RocksDB directory: every
	 * write becomes a Raft log entry committed by a majority; reads are served from this
	 * member's applied state. What the members share is made once, through the log, by
	 * the group's first primary: database {@code test} and {@code admin} with
	 * {@code initialPassword}; this member's own values (server id and name) stay local.
	 * The Raft log lives in {@code raft} inside the directory unless the options name
	 * another.
	 * @throws io.quire.engine.storage.StorageException if the directory cannot be opened
	 */
	public static Engine open(Path dataDirectory, String serverName, ClusterOptions cluster, String initialPassword) {
		Objects.requireNonNull(dataDirectory, "dataDirectory must not be null");
		Objects.requireNonNull(serverName, "serverName must not be null");
		Objects.requireNonNull(cluster, "cluster must not be null");
		Objects.requireNonNull(initialPassword, "initialPassword must not be null");
		ReplicatedStorage storage = new ReplicatedStorage(RocksDbStorage.open(dataDirectory));
		Engine engine = open(storage, dataDirectory, serverName, cluster.self().serverId());
		try {
			engine.join(storage, cluster, cluster.logDirectory().orElse(dataDirectory.resolve("raft")),
					initialPassword);
			return engine;
		}
		catch (RuntimeException ex) {
			engine.close();
			throw ex;
		}
	}

	private void join(ReplicatedStorage storage, ClusterOptions cluster, Path logDirectory, String initialPassword) {
		CacheRefresher caches = new CacheRefresher(this::reloadCaches);
		this.refresher = caches;
		DefaultCatalog tables = (DefaultCatalog) this.catalog;
		tables.nameAsMember(this.serverId);
		storage.join(cluster, logDirectory,
				new MemberEvents(caches::applied, () -> caches.execute(() -> initializeGroup(initialPassword)), tables,
						this::steppedDown, caches::restored, this::removedFromGroup));
		this.log.record(ServerLog.Level.NOTICE, "Member `" + cluster.nodeId() + "` of a group of "
				+ cluster.peers().size() + ", Raft on " + cluster.self().raftAddress());
	}

	/**
	 * Run each time this member became the primary: unless an earlier primary did,
	 * creates {@code admin}, then database {@code test} with the marker that the group is
	 * initialized. If leadership is lost halfway, the next primary finishes. The caches
	 * are reloaded first, since the refresher may not have followed the last entries of
	 * the former primary yet; an initialized group (the usual case) is left alone.
	 */
	private void initializeGroup(String initialPassword) {
		if (((DefaultCatalog) this.catalog).isInitialized()) {
			return;
		}
		reloadCaches();
		try {
			this.users.createAdminIfAbsent(initialPassword);
			((DefaultCatalog) this.catalog).initializeIfNew();
		}
		catch (QueryException ex) {
			this.log.record(ServerLog.Level.WARN,
					"Could not initialize the group (the next primary will): " + ex.getMessage());
		}
	}

	/**
	 * This member stopped being the primary: its feeds end with RethinkDB's error, so
	 * that clients reopen them (on the new primary, or here with {@code read_mode:
	 * outdated}). Writes it proposed but could not confirm may still be committed by the
	 * next primary, and no feed opened before could tell whether it saw them.
	 */
	private void steppedDown() {
		this.log.record(ServerLog.Level.NOTICE, "No longer the primary: changefeeds end");
		endFeeds();
	}

	/**
	 * This member is no longer in the group's configuration: its data stops following the
	 * group, so its feeds end with RethinkDB's error and its role becomes
	 * {@code removed}.
	 */
	private void removedFromGroup() {
		this.log.record(ServerLog.Level.NOTICE, "No longer a member of the group: changefeeds end");
		endFeeds();
	}

	/**
	 * Ends every changefeed on this engine with {@code Changefeed aborted (table
	 * unavailable).} (OP_FAILED): a member does so when it stops being the primary and
	 * before it closes, so that clients reopen their feeds on another member.
	 */
	public void endFeeds() {
		((DefaultCatalog) this.catalog).endFeeds();
	}

	private void reloadCaches() {
		((DefaultCatalog) this.catalog).reload();
		this.users.reload();
	}

	private static Engine open(Storage storage, @Nullable Path dataDirectory, String serverName) {
		return open(storage, dataDirectory, serverName, null);
	}

	/**
	 * @param memberId a group member's server id, made from its node id; {@code null} for
	 * a single server, whose catalog is initialized here and whose id is random
	 */
	private static Engine open(Storage storage, @Nullable Path dataDirectory, String serverName,
			@Nullable UUID memberId) {
		try {
			DefaultCatalog catalog = (memberId == null)
					? DefaultCatalog.open(storage, ReqlQueryRunner::compileIndexFunction, serverName)
					: DefaultCatalog.openUninitialized(storage, ReqlQueryRunner::compileIndexFunction, serverName);
			return new Engine(catalog, storage, dataDirectory, memberId);
		}
		catch (RuntimeException ex) {
			storage.close();
			throw ex;
		}
	}

	public Catalog catalog() {
		return this.catalog;
	}

	public QueryRunner queryRunner() {
		return this.queryRunner;
	}

	/**
	 * A query runner on this engine whose queries may build values of at most
	 * {@code maxQueryMemory} bytes each.
	 */
	public QueryRunner queryRunner(long maxQueryMemory) {
		return queryRunner(maxQueryMemory, ServerOptions.Http.UNRESTRICTED);
	}

	/**
	 * The tables of the {@code rethinkdb} database; register more with
	 * {@link SystemDatabase#register}.
	 */
	public SystemDatabase system() {
		return this.system;
	}

	/**
	 * Like {@link #queryRunner(long)}, with what {@code r.http} may reach.
	 */
	public QueryRunner queryRunner(long maxQueryMemory, ServerOptions.Http http) {
		return new ReqlQueryRunner(this.catalog, this.system, maxQueryMemory, http, this.authorizer,
				(this.storage instanceof ReplicatedStorage replicated) ? replicated : ReadBarrier.NONE);
	}

	/**
	 * The queries clients are running on this engine, to list them or cancel one by
	 * connection and token.
	 */
	public RunningQueries runningQueries() {
		return this.runningQueries;
	}

	/**
	 * The server's recent log entries ({@code rethinkdb.logs}); record notable events
	 * here, or feed it from a logging backend.
	 */
	public ServerLog log() {
		return this.log;
	}

	/** What the server-wide system tables read, to register more of them. */
	public ServerState serverState() {
		return this.state;
	}

	public Users users() {
		return this.users;
	}

	/**
	 * The permission checks every query of a client passes; other front ends (the web
	 * console's HTTP API) call {@link Authorizer#check} the same way.
	 */
	public Authorizer auth() {
		return this.authorizer;
	}

	/** The id of this server, made on first start and kept in storage. */
	public UUID serverId() {
		return this.serverId;
	}

	/** The RocksDB directory, empty for an in-memory engine. */
	public Optional<Path> dataDirectory() {
		return Optional.ofNullable(this.dataDirectory);
	}

	/** The storage's write-ahead log syncs and the durable writes they carried. */
	public SyncStatistics syncStatistics() {
		return this.storage.syncStatistics();
	}

	/**
	 * {@code primary} when this engine takes writes (a single server always does),
	 * {@code standby} for a member of a group that does not lead it, {@code removed} for
	 * a member that found itself out of the group (it answers no user-table reads).
	 */
	public String role() {
		if (!(this.storage instanceof ReplicatedStorage replicated) || replicated.isPrimary()) {
			return "primary";
		}
		return replicated.isOutOfGroup() ? "removed" : "standby";
	}

	/**
	 * The driver address ({@code host:port}) of the group's primary as this member knows
	 * it; empty for a single server or while no primary is elected.
	 */
	public Optional<String> primaryAddress() {
		return (this.storage instanceof ReplicatedStorage replicated)
				? replicated.primary().map(ClusterOptions.Peer::driverAddress) : Optional.empty();
	}

	/**
	 * Ends the feeds and leaves the group (if a member), then flushes and closes the
	 * storage.
	 */
	@Override
	public void close() {
		CacheRefresher caches = this.refresher;
		if (caches != null) {
			endFeeds();
			caches.close();
		}
		this.catalog.close();
	}

	/** The stored server id, or {@code id} stored now on a first start. */
	private static UUID serverId(Catalog catalog, UUID id) {
		byte[] stored = catalog.systemValue(SERVER_ID_KEY);
		if (stored != null) {
			return UUID.fromString(new String(stored, StandardCharsets.UTF_8));
		}
		catalog.putSystemValue(SERVER_ID_KEY, id.toString().getBytes(StandardCharsets.UTF_8));
		return id;
	}

}
