package io.quire.engine.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.quire.engine.QueryException;
import io.quire.engine.index.KeyEncoding;
import io.quire.engine.storage.DocumentCodec;
import io.quire.engine.storage.KeyValueIterator;
import io.quire.engine.storage.Snapshot;
import io.quire.engine.storage.Storage;
import io.quire.engine.storage.WriteBatch;
import org.jspecify.annotations.Nullable;

/**
 * The catalog over a {@link Storage}: databases and tables are rows of the metadata
 * keyspace (see {@link MetadataKeys}), each table's documents a keyspace
 * {@code table:<uuid>} and each secondary index a keyspace {@code index:<uuid>}. Metadata
 * changes are written with a synced batch. Opening a store reloads every table and
 * recompiles its index functions; database {@code test} is created on the very first
 * start only.
 */
public final class DefaultCatalog implements Catalog, AppliedChanges {

	/** The server name shown in {@code table_config} rows unless another is given. */
	public static final String DEFAULT_SERVER_NAME = "quire";

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

	private static final String SYSTEM_DATABASE = "rethinkdb";

	private final Storage storage;

	private final Function<IndexDefinition, IndexKeyFunction> indexCompiler;

	private static final String SERVER_NAME_KEY = "server/name";

	private volatile String serverName;

	private volatile @Nullable UUID memberId;

	private final Map<String, Map<String, Object>> databases = new ConcurrentHashMap<>();

	private final Map<String, DefaultTable> tables = new ConcurrentHashMap<>();

	private final ExecutorService indexBuilders = Executors.newCachedThreadPool(new BuilderThreads());

	private final Object ddlLock = new Object();

	private DefaultCatalog(Storage storage, Function<IndexDefinition, IndexKeyFunction> indexCompiler,
			String serverName) {
		this.storage = storage;
		this.indexCompiler = indexCompiler;
		this.serverName = serverName;
	}

	/**
	 * Opens the catalog of a store, creating database {@code test} on first start.
	 * @param storage the store; closed by {@link #close()}
	 * @param indexCompiler turns a stored index function term into a key function
	 */
	public static DefaultCatalog open(Storage storage, Function<IndexDefinition, IndexKeyFunction> indexCompiler) {
		return open(storage, indexCompiler, DEFAULT_SERVER_NAME);
	}

	/**
	 * Like {@link #open(Storage, Function)}, with the server name for
	 * {@code table_config} rows.
	 */
	public static DefaultCatalog open(Storage storage, Function<IndexDefinition, IndexKeyFunction> indexCompiler,
			String serverName) {
		DefaultCatalog catalog = openUninitialized(storage, indexCompiler, serverName);
		try {
			catalog.initializeIfNew();
			return catalog;
		}
		catch (RuntimeException ex) {
			catalog.indexBuilders.shutdownNow();
			throw ex;
		}
	}

	/**
	 * Like {@link #open(Storage, Function, String)}, without creating database
	 * {@code test} on first start; see {@link #initializeIfNew()}.
	 */
	public static DefaultCatalog openUninitialized(Storage storage,
			Function<IndexDefinition, IndexKeyFunction> indexCompiler, String serverName) {
		DefaultCatalog catalog = new DefaultCatalog(storage, indexCompiler, serverName);
		try {
			catalog.load();
			return catalog;
		}
		catch (RuntimeException ex) {
			catalog.indexBuilders.shutdownNow();
			throw ex;
		}
	}

	private void load() {
		byte[] storedName = systemValue(SERVER_NAME_KEY);
		if (storedName != null) {
			this.serverName = new String(storedName, java.nio.charset.StandardCharsets.UTF_8);
		}
		for (Map<String, Object> row : metadataRows(MetadataKeys.DATABASE_PREFIX)) {
			this.databases.put((String) row.get("name"), row);
		}
		for (Map<String, Object> row : metadataRows(MetadataKeys.TABLE_PREFIX)) {
			openTable(TableMetadata.fromDatum(row));
		}
		dropOrphanKeyspaces();
	}

	/** Whether {@link #initializeIfNew()} ran on this store (or one it replicates). */
	public boolean isInitialized() {
		return this.storage.get(Storage.METADATA, MetadataKeys.INITIALIZED) != null;
	}

	/**
	 * Creates database {@code test} unless the store was initialized before (the marker
	 * is written in the same batch, so a database dropped later is not created again).
	 * {@link #open} does this itself; a member of a replicated group opens its catalog
	 * with {@link #openUninitialized} and lets the group's first primary call this, so
	 * that every member shares one {@code test} database.
	 */
	public void initializeIfNew() {
		synchronized (this.ddlLock) {
			if (!isInitialized()) {
				WriteBatch batch = new WriteBatch().put(Storage.METADATA, MetadataKeys.INITIALIZED, new byte[] { 1 });
				Map<String, Object> test = this.databases.containsKey("test") ? null
						: stageDatabase(batch, "test", UUID.randomUUID());
				this.storage.write(batch, true);
				if (test != null) {
					this.databases.put("test", test);
				}
			}
		}
	}

	/**
	 * Brings the databases, tables, indexes, counts and server name held in memory up to
	 * what the store holds after another member's changes were applied to it (a standby
	 * following its primary). Tables opened or replaced here write nothing; a table whose
	 * metadata is gone is marked dropped and its feeds end.
	 */
	public void reload() {
		synchronized (this.ddlLock) {
			byte[] storedName = systemValue(SERVER_NAME_KEY);
			if (storedName != null) {
				this.serverName = new String(storedName, java.nio.charset.StandardCharsets.UTF_8);
			}
			reloadDatabases();
			reloadTables();
		}
	}

	private void reloadDatabases() {
		Map<String, Map<String, Object>> stored = new LinkedHashMap<>();
		metadataRows(MetadataKeys.DATABASE_PREFIX).forEach((row) -> stored.put((String) row.get("name"), row));
		this.databases.keySet().retainAll(stored.keySet());
		this.databases.putAll(stored);
	}

	/**
	 * Follows every open table to its stored metadata, then enters the tables opened
	 * meanwhile, so that names swapped by two renames land on the right tables.
	 */
	private void reloadTables() {
		Map<UUID, TableMetadata> stored = new LinkedHashMap<>();
		metadataRows(MetadataKeys.TABLE_PREFIX).stream()
			.map(TableMetadata::fromDatum)
			.forEach((metadata) -> stored.put(metadata.id(), metadata));
		List<DefaultTable> opened = new ArrayList<>();
		for (DefaultTable table : List.copyOf(this.tables.values())) {
			follow(table, stored.remove(table.id()), opened);
		}
		stored.values().forEach((metadata) -> opened.add(openFollowing(metadata)));
		opened.forEach((table) -> this.tables.put(table.qualifiedName(), table));
	}

	private void follow(DefaultTable table, @Nullable TableMetadata stored, List<DefaultTable> opened) {
		if (stored == null) {
			this.tables.remove(table.qualifiedName(), table);
			table.detach();
		}
		else if (!java.util.Arrays.equals(DocumentCodec.encode(stored.toDatum()),
				DocumentCodec.encode(table.metadata().toDatum()))) {
			this.tables.remove(table.qualifiedName(), table);
			DefaultTable next = openFollowing(stored);
			table.replacedBy(next);
			opened.add(next);
		}
		else {
			table.reloadCount();
		}
	}

	private DefaultTable openFollowing(TableMetadata metadata) {
		DefaultTable table = new DefaultTable(this.storage, metadata, tableContext());
		table.openFollowing();
		return table;
	}

	private List<Map<String, Object>> metadataRows(String prefix) {
		byte[] from = MetadataKeys.bytes(prefix);
		List<Map<String, Object>> rows = new ArrayList<>();
		try (Snapshot snapshot = this.storage.snapshot();
				KeyValueIterator entries = snapshot.range(Storage.METADATA, from, KeyEncoding.successor(from), false)) {
			while (entries.next()) {
				rows.add(DocumentCodec.decodeDocument(entries.value()));
			}
		}
		return rows;
	}

	private void openTable(TableMetadata metadata) {
		DefaultTable table = new DefaultTable(this.storage, metadata, tableContext());
		table.open();
		this.tables.put(metadata.qualifiedName(), table);
	}

	/** Drops keyspaces left behind by a drop that a crash interrupted. */
	private void dropOrphanKeyspaces() {
		Set<String> live = new HashSet<>();
		for (DefaultTable table : this.tables.values()) {
			live.add(table.keyspace());
			table.metadata().indexes().forEach((index) -> live.add(index.keyspace()));
		}
		for (String keyspace : this.storage.keyspaces()) {
			boolean owned = keyspace.startsWith("table:") || keyspace.startsWith("index:");
			if (owned && !live.contains(keyspace)) {
				this.storage.dropKeyspace(keyspace);
			}
		}
	}

	private TableIndexes.Context tableContext() {
		return new TableIndexes.Context(this.storage, this.indexCompiler, this.indexBuilders, this::saveTable);
	}

	/**
	 * Records a table's index changes. It reads the metadata under the DDL lock, so a
	 * rename or move cannot be overwritten by a snapshot taken before it, and a dropped
	 * table is not written back.
	 */
	private void saveTable(DefaultTable table) {
		synchronized (this.ddlLock) {
			if (table.isDropped()) {
				return;
			}
			TableMetadata metadata = table.metadata();
			commit(new WriteBatch().put(Storage.METADATA, MetadataKeys.table(metadata.id()),
					DocumentCodec.encode(metadata.toDatum())));
		}
	}

	/**
	 * The one way metadata reaches storage: a synced batch, applied whole or not at all.
	 */
	private void commit(WriteBatch batch) {
		this.storage.write(batch, true);
	}

	@Override
	public List<String> databaseNames() {
		return this.databases.keySet().stream().sorted().toList();
	}

	@Override
	public Map<String, Object> database(String name) {
		Map<String, Object> row = this.databases.get(name);
		if (row == null) {
			throw missingDatabase(name);
		}
		return new LinkedHashMap<>(row);
	}

	@Override
	public Map<String, Object> createDatabase(String name, UUID id) {
		checkName("Database", name);
		synchronized (this.ddlLock) {
			if (this.databases.containsKey(name) || SYSTEM_DATABASE.equals(name)) {
				throw QueryException.opFailed("Database `" + name + "` already exists.");
			}
			WriteBatch batch = new WriteBatch();
			Map<String, Object> row = stageDatabase(batch, name, id);
			this.storage.write(batch, true);
			this.databases.put(name, row);
			return new LinkedHashMap<>(row);
		}
	}

	/**
	 * The row of a new database, staged in the batch; cached only once the batch is
	 * written.
	 */
	private static Map<String, Object> stageDatabase(WriteBatch batch, String name, UUID id) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", id.toString());
		row.put("name", name);
		batch.put(Storage.METADATA, MetadataKeys.database(name), DocumentCodec.encode(row));
		return row;
	}

	@Override
	public Map<String, Object> dropDatabase(String name) {
		checkName("Database", name);
		if (SYSTEM_DATABASE.equals(name)) {
			throw QueryException.opFailed("Database `rethinkdb` is special; you can't delete it.");
		}
		synchronized (this.ddlLock) {
			Map<String, Object> row = database(name);
			List<DefaultTable> dropped = tablesOf(name);
			WriteBatch batch = new WriteBatch().delete(Storage.METADATA, MetadataKeys.database(name));
			dropped.forEach((table) -> batch.delete(Storage.METADATA, MetadataKeys.table(table.id())));
			this.storage.write(batch, true);
			this.databases.remove(name);
			dropped.forEach(this::forget);
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("dbs_dropped", 1.0d);
			result.put("tables_dropped", (double) dropped.size());
			result.put("config_changes", List.of(configChange(row, null)));
			return result;
		}
	}

	@Override
	public List<String> tableNames(String database) {
		database(database);
		return tablesOf(database).stream().map(DefaultTable::name).sorted().toList();
	}

	private List<DefaultTable> tablesOf(String database) {
		return this.tables.values().stream().filter((table) -> table.database().equals(database)).toList();
	}

	@Override
	public Map<String, Object> createTable(String database, String name, String primaryKey, Durability durability,
			UUID id) {
		checkName("Table", name);
		synchronized (this.ddlLock) {
			database(database);
			if (this.tables.containsKey(database + "." + name)) {
				throw QueryException.opFailed("Table `" + database + "." + name + "` already exists.");
			}
			TableMetadata metadata = new TableMetadata(id, database, name, primaryKey, durability, List.of());
			this.storage.createKeyspace(metadata.keyspace());
			this.storage.write(new WriteBatch().put(Storage.METADATA, MetadataKeys.table(metadata.id()),
					DocumentCodec.encode(metadata.toDatum())), true);
			openTable(metadata);
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("tables_created", 1.0d);
			result.put("config_changes", List.of(configChange(null, tableConfig(database, name))));
			return result;
		}
	}

	@Override
	public Map<String, Object> dropTable(String database, String name) {
		synchronized (this.ddlLock) {
			Map<String, Object> config = tableConfig(database, name);
			DefaultTable table = existingTable(database, name);
			this.storage.write(new WriteBatch().delete(Storage.METADATA, MetadataKeys.table(table.id())), true);
			forget(table);
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("tables_dropped", 1.0d);
			result.put("config_changes", List.of(configChange(config, null)));
			return result;
		}
	}

	private void forget(DefaultTable table) {
		this.tables.remove(table.qualifiedName());
		table.drop();
	}

	@Override
	public Map<String, Object> tableConfig(String database, String name) {
		DefaultTable table = existingTable(database, name);
		return new TableConfig(table, this.serverName).toDatum();
	}

	@Override
	public Map<String, Object> renameDatabase(String name, String newName) {
		checkName("Database", newName);
		synchronized (this.ddlLock) {
			Map<String, Object> row = database(name);
			if (name.equals(newName)) {
				return row;
			}
			if (this.databases.containsKey(newName) || SYSTEM_DATABASE.equals(newName)) {
				throw QueryException.opFailed("Cannot rename database `" + name + "` to `" + newName
						+ "` because database `" + newName + "` already exists.");
			}
			row.put("name", newName);
			List<DefaultTable> moved = tablesOf(name);
			WriteBatch batch = new WriteBatch().delete(Storage.METADATA, MetadataKeys.database(name))
				.put(Storage.METADATA, MetadataKeys.database(newName), DocumentCodec.encode(row));
			moved.forEach((table) -> putMetadata(batch, table, newName, table.name(), table.durability()));
			commit(batch);
			this.databases.remove(name);
			this.databases.put(newName, row);
			moved.forEach((table) -> rekey(table, newName, table.name(), table.durability()));
			return new LinkedHashMap<>(row);
		}
	}

	@Override
	public Map<String, Object> updateTable(String database, String name, String newDatabase, String newName,
			Durability durability) {
		checkName("Table", newName);
		synchronized (this.ddlLock) {
			DefaultTable table = existingTable(database, name);
			database(newDatabase);
			boolean moves = !database.equals(newDatabase) || !name.equals(newName);
			if (moves && this.tables.containsKey(newDatabase + "." + newName)) {
				throw QueryException.opFailed("Can't rename table `" + database + "." + name + "` to `" + newDatabase
						+ "." + newName + "` because table `" + newDatabase + "." + newName + "` already exists.");
			}
			WriteBatch batch = new WriteBatch();
			putMetadata(batch, table, newDatabase, newName, durability);
			commit(batch);
			rekey(table, newDatabase, newName, durability);
			return tableConfig(newDatabase, newName);
		}
	}

	private static void putMetadata(WriteBatch batch, DefaultTable table, String database, String name,
			Durability durability) {
		TableMetadata renamed = table.metadata().renamed(database, name, durability);
		batch.put(Storage.METADATA, MetadataKeys.table(renamed.id()), DocumentCodec.encode(renamed.toDatum()));
	}

	private void rekey(DefaultTable table, String database, String name, Durability durability) {
		this.tables.remove(table.qualifiedName());
		table.renamed(database, name, durability);
		this.tables.put(table.qualifiedName(), table);
	}

	/**
	 * In a replicated group, takes this member's name from its shared
	 * {@code server_config} row ({@link MemberConfigs}) once it has one, instead of from
	 * its own keys, which would travel through the log to every member.
	 */
	public void nameAsMember(UUID serverId) {
		this.memberId = serverId;
	}

	@Override
	public String serverName() {
		UUID member = this.memberId;
		String shared = (member != null) ? MemberConfigs.name(this, member) : null;
		return (shared != null) ? shared : this.serverName;
	}

	@Override
	public void renameServer(String newName) {
		checkName("Server", newName);
		synchronized (this.ddlLock) {
			commit(new WriteBatch().put(Storage.METADATA, MetadataKeys.system(SERVER_NAME_KEY),
					newName.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			this.serverName = newName;
		}
	}

	/** Reads the changes of another member's batch for the feeds of this member. */
	@Override
	public Runnable changesOf(WriteBatch batch) {
		return DecodedChanges.of(this.storage, batch, this.tables.values());
	}

	/**
	 * Ends every feed with {@code Changefeed aborted (table unavailable).}: this member
	 * stopped being the primary or is closing.
	 */
	public void endFeeds() {
		this.tables.values().forEach(DefaultTable::endFeeds);
	}

	@Override
	public Table table(String database, String name) {
		return existingTable(database, name);
	}

	private DefaultTable existingTable(String database, String name) {
		if (!this.databases.containsKey(database)) {
			throw missingDatabase(database);
		}
		DefaultTable table = this.tables.get(database + "." + name);
		if (table == null) {
			throw QueryException.opFailed("Table `" + database + "." + name + "` does not exist.");
		}
		return table;
	}

	@Override
	public byte @Nullable [] systemValue(String key) {
		return this.storage.get(Storage.METADATA, MetadataKeys.system(key));
	}

	@Override
	public void putSystemValue(String key, byte[] value) {
		this.storage.write(new WriteBatch().put(Storage.METADATA, MetadataKeys.system(key), value.clone()), true);
	}

	/** The store under this catalog. */
	public Storage storage() {
		return this.storage;
	}

	@Override
	public void close() {
		this.indexBuilders.shutdownNow();
		try {
			this.indexBuilders.awaitTermination(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.storage.close();
	}

	private static Map<String, Object> configChange(@Nullable Map<String, Object> oldValue,
			@Nullable Map<String, Object> newValue) {
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("old_val", oldValue);
		change.put("new_val", newValue);
		return change;
	}

	/**
	 * Fails unless {@code name} is a valid database, table or index name ({@code kind}
	 * names which), with RethinkDB's message.
	 */
	public static void checkName(String kind, String name) {
		if (!NAME.matcher(name).matches()) {
			throw QueryException.queryLogic(kind + " name `" + name + "` invalid (Use A-Z, a-z, 0-9, _ and - only).");
		}
	}

	private static QueryException missingDatabase(String name) {
		return QueryException.opFailed("Database `" + name + "` does not exist.");
	}

	private static final class BuilderThreads implements java.util.concurrent.ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable runnable) {
			Thread thread = new Thread(runnable, "quire-index-builder-" + this.count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
