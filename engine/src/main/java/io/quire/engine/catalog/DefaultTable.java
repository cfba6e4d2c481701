package io.quire.engine.catalog;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import io.quire.engine.QueryException;
import io.quire.engine.index.DatumPrinter;
import io.quire.engine.index.KeyEncoding;
import io.quire.engine.storage.DocumentCodec;
import io.quire.engine.storage.KeyValueIterator;
import io.quire.engine.storage.Snapshot;
import io.quire.engine.storage.Storage;
import io.quire.engine.storage.StoredDocument;
import io.quire.engine.storage.WriteBatch;
import org.jspecify.annotations.Nullable;

/**
 * A table over a {@link Storage} keyspace: documents under their encoded primary key, and
 * one keyspace per secondary index. A write locks its document's stripe, computes the new
 * document, commits it with every index change in one batch, and publishes the change
 * before unlocking, so listeners see each document's changes once and in commit order. A
 * durable write waits for the log sync only after unlocking, so that writers of the same
 * stripes commit meanwhile and share that sync.
 */
final class DefaultTable implements Table {

	private final Storage storage;

	private volatile TableMetadata metadata;

	private final TableIndexes indexes;

	private final StripedLocks locks = new StripedLocks(256);

	private final TableCount count;

	private final TableActivity activity = new TableActivity();

	/** Shared with the table that replaces this one on a standby. */
	private volatile TableListeners listeners = new TableListeners(this);

	private volatile boolean dropped;

	DefaultTable(Storage storage, TableMetadata metadata, TableIndexes.Context context) {
		this.storage = storage;
		this.metadata = metadata;
		this.indexes = new TableIndexes(this, context);
		this.count = new TableCount(storage, metadata.id(), this.locks.size());
	}

	/** Loads the document count and opens the indexes; called once before use. */
	void open() {
		this.count.open(keyspace(), this.locks);
		this.indexes.open(this.metadata.indexes(), true);
	}

	/**
	 * Opens the table as another member stored it, writing nothing: a standby's view of
	 * what the primary replicated.
	 */
	void openFollowing() {
		this.count.reload(keyspace(), this.locks);
		this.indexes.open(this.metadata.indexes(), false);
	}

	/** Re-reads the document count another member stored. */
	void reloadCount() {
		this.count.reload(keyspace(), this.locks);
	}

	/**
	 * Marks the table dropped by another member and ends its feeds; its data went with
	 * the replicated drop.
	 */
	void detach() {
		this.dropped = true;
		this.listeners.dropped();
	}

	/**
	 * Hands this table's feeds to the table a standby opened in its place (another member
	 * changed its indexes or name), so they keep receiving changes.
	 */
	void replacedBy(DefaultTable next) {
		this.listeners.servedBy(next);
		next.listeners = this.listeners;
	}

	/** Whether any feed watches this table. */
	boolean isWatched() {
		return !this.listeners.isEmpty();
	}

	/**
	 * Tells the listeners of a change another member wrote, which this member applied to
	 * its store.
	 */
	void publishApplied(Change change) {
		if (!change.isUnchanged()) {
			this.listeners.publish(change);
		}
	}

	/**
	 * Ends every feed with RethinkDB's {@code Changefeed aborted (table unavailable).}:
	 * this member stopped being the primary, or is closing.
	 */
	void endFeeds() {
		this.listeners.unavailable();
	}

	@Override
	public UUID id() {
		return this.metadata.id();
	}

	@Override
	public String database() {
		return this.metadata.database();
	}

	@Override
	public String name() {
		return this.metadata.name();
	}

	@Override
	public String primaryKey() {
		return this.metadata.primaryKey();
	}

	/** The durability the table was created with. */
	public Durability durability() {
		return this.metadata.durability();
	}

	@Override
	public @Nullable Map<String, Object> get(Object key) {
		checkExists();
		byte[] stored = this.storage.get(keyspace(), KeyEncoding.encodePrimaryKey(key));
		return counted((stored != null) ? new StoredDocument(stored) : null);
	}

	private @Nullable Map<String, Object> counted(@Nullable Map<String, Object> document) {
		if (document != null) {
			this.activity.read();
		}
		return document;
	}

	@Override
	public TableActivity activity() {
		return this.activity;
	}

	@Override
	public RowIterator scan(boolean descending) {
		return range(keyspace(), null, null, descending, DocumentCodec::decodeDocument);
	}

	@Override
	public RowIterator between(String index, Bound lower, Bound upper, boolean descending) {
		checkExists();
		KeyRange range = KeyRange.of(lower, upper);
		if (index.equals(primaryKey())) {
			return range(keyspace(), range.from(), range.to(), descending, DocumentCodec::decodeDocument);
		}
		String indexKeyspace = this.indexes.readable(index).keyspace();
		Snapshot snapshot = this.storage.snapshot();
		KeyValueIterator entries = snapshot.range(indexKeyspace, range.from(), range.to(), descending);
		return new SnapshotRowIterator(snapshot, entries,
				(primaryKey) -> counted(decode(snapshot.get(keyspace(), primaryKey))));
	}

	@Override
	public RowIterator getAll(String index, Object key) {
		if (index.equals(primaryKey())) {
			Map<String, Object> document = get(key);
			return new ListRowIterator((document != null) ? List.of(document) : List.of());
		}
		return between(index, Bound.closed(key), Bound.closed(key), false);
	}

	private RowIterator range(String keyspace, byte @Nullable [] from, byte @Nullable [] to, boolean descending,
			java.util.function.Function<byte[], @Nullable Map<String, Object>> resolver) {
		checkExists();
		Snapshot snapshot = this.storage.snapshot();
		return new SnapshotRowIterator(snapshot, snapshot.range(keyspace, from, to, descending),
				(value) -> counted(resolver.apply(value)));
	}

	@Override
	public Change modify(Object key, UnaryOperator<@Nullable Map<String, Object>> update, Durability durability) {
		checkExists();
		byte[] primaryKey = KeyEncoding.encodePrimaryKey(key);
		Change change;
		try (StripedLocks.Held held = this.locks.lock(primaryKey)) {
			byte[] stored = this.storage.get(keyspace(), primaryKey);
			Map<String, Object> before = decode(stored);
			Map<String, Object> after = update.apply(decode(stored));
			checkPrimaryKey(primaryKey, before, after);
			change = new Change(before, after);
			if (!change.isUnchanged()) {
				TableCount.Change counted = this.count.change();
				counted.add(this.locks.stripe(primaryKey), delta(before, after));
				commit((batch) -> {
					stage(batch, primaryKey, before, after);
					counted.stage(batch);
				});
				counted.apply();
				this.activity.wrote();
				publish(change);
			}
		}
		if (!change.isUnchanged()) {
			awaitDurable(durability);
		}
		return change;
	}

	@Override
	public List<Object> modifyAll(List<Map.Entry<Object, UnaryOperator<@Nullable Map<String, Object>>>> updates,
			Durability durability) {
		checkExists();
		Object[] results = new Object[updates.size()];
		Map<ByteBuffer, PendingRow> rows = new LinkedHashMap<>();
		byte[][] primaryKeys = encodeKeys(updates, results);
		List<byte[]> lockable = Arrays.stream(primaryKeys).filter(Objects::nonNull).toList();
		List<Change> changes = new ArrayList<>();
		try (StripedLocks.Held held = this.locks.lockAll(lockable)) {
			for (int i = 0; i < results.length; i++) {
				if (primaryKeys[i] != null) {
					PendingRow row = rows.computeIfAbsent(ByteBuffer.wrap(primaryKeys[i]), (pk) -> pending(pk.array()));
					results[i] = row.apply(updates.get(i).getValue(), this::checkPrimaryKey, changes);
				}
			}
			commitAll(rows.values(), changes);
		}
		if (!changes.isEmpty()) {
			awaitDurable(durability);
		}
		return Arrays.asList(results);
	}

	private byte[][] encodeKeys(List<? extends Map.Entry<Object, ?>> updates, Object[] results) {
		byte[][] primaryKeys = new byte[updates.size()][];
		for (int i = 0; i < primaryKeys.length; i++) {
			try {
				primaryKeys[i] = KeyEncoding.encodePrimaryKey(updates.get(i).getKey());
			}
			catch (RuntimeException ex) {
				results[i] = ex;
			}
		}
		return primaryKeys;
	}

	private PendingRow pending(byte[] primaryKey) {
		return new PendingRow(primaryKey, decode(this.storage.get(keyspace(), primaryKey)));
	}

	private void commitAll(Iterable<PendingRow> rows, List<Change> changes) {
		if (changes.isEmpty()) {
			return;
		}
		TableCount.Change counted = this.count.change();
		for (PendingRow row : rows) {
			counted.add(this.locks.stripe(row.primaryKey()), delta(row.original(), row.current()));
		}
		commit((batch) -> {
			for (PendingRow row : rows) {
				if (row.isChanged()) {
					stage(batch, row.primaryKey(), row.original(), row.current());
				}
			}
			counted.stage(batch);
		});
		counted.apply();
		changes.forEach((change) -> this.activity.wrote());
		changes.forEach(this::publish);
	}

	private void stage(WriteBatch batch, byte[] primaryKey, @Nullable Map<String, Object> before,
			@Nullable Map<String, Object> after) {
		if (after != null) {
			batch.put(keyspace(), primaryKey, DocumentCodec.encode(after));
		}
		else {
			batch.delete(keyspace(), primaryKey);
		}
		this.indexes.stage(batch, primaryKey, before, after);
	}

	/**
	 * Stages and writes a batch under the table's shared lock, so that the set of indexes
	 * cannot change in between and index DDL and drops wait for the write. The write is
	 * not synced: a durable writer first lets go of its row locks, then waits for the
	 * sync ({@link #awaitDurable}), so that writers of other rows share it.
	 */
	private void commit(Consumer<WriteBatch> stager) {
		Lock lock = this.indexes.sharedLock();
		lock.lock();
		try {
			checkExists();
			WriteBatch batch = new WriteBatch();
			stager.accept(batch);
			if (!batch.isEmpty()) {
				this.storage.write(batch, false);
			}
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * Returns once every write committed so far is on disk when the durability is hard;
	 * concurrent writers share the sync.
	 */
	private void awaitDurable(Durability durability) {
		if (durability == Durability.HARD) {
			this.storage.sync();
		}
	}

	private void checkPrimaryKey(byte[] primaryKey, @Nullable Map<String, Object> before,
			@Nullable Map<String, Object> after) {
		if (after == null) {
			return;
		}
		Object value = after.get(primaryKey());
		if (value == null || !Arrays.equals(primaryKey, encodeQuietly(value))) {
			throw QueryException.queryLogic("Primary key `" + primaryKey() + "` cannot be changed (`"
					+ DatumPrinter.print(before) + "` -> `" + DatumPrinter.print(after) + "`).");
		}
	}

	private static byte @Nullable [] encodeQuietly(Object value) {
		try {
			return KeyEncoding.encodePrimaryKey(value);
		}
		catch (QueryException ex) {
			return null;
		}
	}

	private static int delta(@Nullable Map<String, Object> before, @Nullable Map<String, Object> after) {
		if (before == null) {
			return (after != null) ? 1 : 0;
		}
		return (after == null) ? -1 : 0;
	}

	private void publish(Change change) {
		this.listeners.publish(change);
	}

	@Override
	public long count() {
		checkExists();
		return this.count.get();
	}

	@Override
	public long approximateBytes() {
		return this.storage.approximateSize(keyspace());
	}

	@Override
	public void createIndex(IndexDefinition definition) {
		checkExists();
		this.indexes.create(definition);
	}

	@Override
	public void dropIndex(String name) {
		checkExists();
		this.indexes.drop(name);
	}

	@Override
	public boolean renameIndex(String from, String to, boolean overwrite) {
		checkExists();
		return this.indexes.rename(from, to, overwrite);
	}

	@Override
	public List<IndexStatus> indexes() {
		checkExists();
		return this.indexes.statuses();
	}

	@Override
	public List<IndexStatus> awaitIndexes(List<String> names) throws InterruptedException {
		checkExists();
		return this.indexes.await(names);
	}

	@Override
	public void sync() {
		checkExists();
		this.storage.sync();
	}

	@Override
	public AutoCloseable subscribe(ChangeListener listener) {
		checkExists();
		TableListeners current = this.listeners;
		current.add(listener);
		if (this.dropped) {
			current.dropped(listener);
		}
		return () -> current.remove(listener);
	}

	/** Indexes rows of a building index from their latest values, under their locks. */
	void indexRows(SecondaryIndex index, List<byte[]> primaryKeys) {
		try (StripedLocks.Held held = this.locks.lockAll(primaryKeys)) {
			WriteBatch batch = new WriteBatch();
			for (byte[] primaryKey : primaryKeys) {
				Map<String, Object> document = read(primaryKey);
				if (document != null) {
					index.addEntries(batch, primaryKey, document);
				}
			}
			this.indexes.commitBuild(index, batch);
		}
	}

	/**
	 * Marks the table dropped and tells its listeners; the catalog removed its metadata.
	 */
	void drop() {
		this.indexes.dropAll(() -> this.dropped = true);
		this.storage.dropKeyspace(keyspace());
		this.count.delete();
		this.listeners.dropped();
	}

	/**
	 * Takes the new name, database and durability the catalog has stored; indexes and
	 * documents stay as they are.
	 */
	void renamed(String database, String name, Durability durability) {
		this.metadata = this.metadata.renamed(database, name, durability);
	}

	/** Whether the table was dropped (its metadata must not be written again). */
	boolean isDropped() {
		return this.dropped;
	}

	TableMetadata metadata() {
		return this.metadata.withIndexes(this.indexes.metadata());
	}

	String keyspace() {
		return this.metadata.keyspace();
	}

	String qualifiedName() {
		return this.metadata.qualifiedName();
	}

	TableIndexes indexRegistry() {
		return this.indexes;
	}

	Storage storage() {
		return this.storage;
	}

	private @Nullable Map<String, Object> read(byte[] primaryKey) {
		return decode(this.storage.get(keyspace(), primaryKey));
	}

	private static @Nullable Map<String, Object> decode(byte @Nullable [] stored) {
		return (stored != null) ? DocumentCodec.decodeDocument(stored) : null;
	}

	private void checkExists() {
		if (this.dropped) {
			throw QueryException.opFailed("Table `" + qualifiedName() + "` does not exist.");
		}
	}

	@Override
	public String toString() {
		return "Table " + qualifiedName();
	}

}
