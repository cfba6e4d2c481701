package io.quire.engine.storage.rocksdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import io.quire.engine.storage.Checkpoint;
import io.quire.engine.storage.Snapshot;
import io.quire.engine.storage.Storage;
import io.quire.engine.storage.StorageException;
import io.quire.engine.storage.SyncStatistics;
import io.quire.engine.storage.WriteBatch;
import org.jspecify.annotations.Nullable;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.FlushOptions;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteOptions;

/**
 * A {@link Storage} in a RocksDB directory. Each keyspace is a column family; the
 * write-ahead log is always on, so an acknowledged write survives a process crash. Synced
 * writes and {@link #sync()} go through a {@link GroupCommitter} so that concurrent
 * writers share one WAL sync; unsynced writes are applied directly. Every call holds a
 * shared lock that {@link #close()} takes exclusively, so RocksDB is never used after its
 * native handles are released.
 */
public final class RocksDbStorage implements Storage {

	/*
	 * Every table and index is a column family with its own memtable, so the sizes are
	 * kept small per family and capped in total; old WAL files are released by flushing
	 * the families that still need them once the WAL grows past its cap.
	 */
	private static final long MEMTABLE_BYTES = 16L << 20;

	private static final long ARENA_BLOCK_BYTES = 1L << 20;

	private static final long TOTAL_MEMTABLE_BYTES = 256L << 20;

	private static final long MAX_WAL_BYTES = 512L << 20;

	static {
		RocksDbLibrary.load();
	}

	private final Path directory;

	private final DBOptions options;

	private final ColumnFamilyOptions familyOptions;

	private final RocksDB db;

	private final Map<String, ColumnFamilyHandle> families = new ConcurrentHashMap<>();

	private final List<ColumnFamilyHandle> droppedFamilies = new ArrayList<>();

	private final WriteOptions unsynced = new WriteOptions();

	private final WriteOptions synced = new WriteOptions().setSync(true);

	private final Set<RocksDbSnapshot> openSnapshots = ConcurrentHashMap.newKeySet();

	private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();

	private final GroupCommitter committer;

	/** No new operations once set; native handles stay valid until {@code released}. */
	private volatile boolean closed;

	private volatile boolean released;

	private RocksDbStorage(Path directory, DBOptions options, ColumnFamilyOptions familyOptions, RocksDB db,
			List<ColumnFamilyHandle> handles) {
		this.directory = directory;
		this.options = options;
		this.familyOptions = familyOptions;
		this.db = db;
		for (ColumnFamilyHandle handle : handles) {
			this.families.put(nameOf(handle), handle);
		}
		this.committer = new GroupCommitter(this::writeGroup, "quire-group-commit");
	}

	/**
	 * Opens (or creates) a store in a directory.
	 * @throws StorageException if the directory cannot be used, for example because
	 * another process has it open
	 */
	public static RocksDbStorage open(Path directory) {
		Path absolute = directory.toAbsolutePath();
		createDirectory(absolute);
		DBOptions options = new DBOptions().setCreateIfMissing(true)
			.setCreateMissingColumnFamilies(true)
			.setKeepLogFileNum(3)
			.setMaxBackgroundJobs(2)
			.setDbWriteBufferSize(TOTAL_MEMTABLE_BYTES)
			.setMaxTotalWalSize(MAX_WAL_BYTES);
		ColumnFamilyOptions familyOptions = new ColumnFamilyOptions().setWriteBufferSize(MEMTABLE_BYTES)
			.setArenaBlockSize(ARENA_BLOCK_BYTES);
		try {
			List<ColumnFamilyDescriptor> descriptors = descriptors(absolute, familyOptions);
			List<ColumnFamilyHandle> handles = new ArrayList<>();
			RocksDB db = RocksDB.open(options, absolute.toString(), descriptors, handles);
			return new RocksDbStorage(absolute, options, familyOptions, db, handles);
		}
		catch (RocksDBException ex) {
			options.close();
			familyOptions.close();
			throw openFailure(absolute, ex);
		}
	}

	private static void createDirectory(Path directory) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new StorageException("Cannot create data directory " + directory + ": " + ex.getMessage(), ex);
		}
	}

	private static List<ColumnFamilyDescriptor> descriptors(Path directory, ColumnFamilyOptions familyOptions)
			throws RocksDBException {
		List<byte[]> names = new ArrayList<>();
		if (Files.exists(directory.resolve("CURRENT"))) {
			try (Options listing = new Options()) {
				names.addAll(RocksDB.listColumnFamilies(listing, directory.toString()));
			}
		}
		addIfAbsent(names, RocksDB.DEFAULT_COLUMN_FAMILY);
		addIfAbsent(names, METADATA.getBytes(StandardCharsets.UTF_8));
		return names.stream().map((name) -> new ColumnFamilyDescriptor(name, familyOptions)).toList();
	}

	private static void addIfAbsent(List<byte[]> names, byte[] name) {
		if (names.stream().noneMatch((existing) -> java.util.Arrays.equals(existing, name))) {
			names.add(name);
		}
	}

	private static StorageException openFailure(Path directory, RocksDBException ex) {
		String message = String.valueOf(ex.getMessage());
		if (message.toLowerCase(java.util.Locale.ROOT).contains("lock")) {
			return new StorageException("Data directory " + directory + " is already in use: its RocksDB LOCK file "
					+ "is held by another process (or another store in this one); stop it or use another data directory",
					ex);
		}
		return new StorageException("Cannot open data directory " + directory + ": " + message, ex);
	}

	/** The directory holding the data. */
	public Path directory() {
		return this.directory;
	}

	@Override
	public Set<String> keyspaces() {
		Set<String> names = new java.util.HashSet<>(this.families.keySet());
		names.remove(defaultFamilyName());
		return names;
	}

	@Override
	public void createKeyspace(String keyspace) {
		guarded(() -> {
			this.families.computeIfAbsent(keyspace, this::createFamily);
			return null;
		});
	}

	private ColumnFamilyHandle createFamily(String keyspace) {
		try {
			byte[] name = keyspace.getBytes(StandardCharsets.UTF_8);
			return this.db.createColumnFamily(new ColumnFamilyDescriptor(name, this.familyOptions));
		}
		catch (RocksDBException ex) {
			throw new StorageException("Cannot create keyspace '" + keyspace + "': " + ex.getMessage(), ex);
		}
	}

	@Override
	public void dropKeyspace(String keyspace) {
		guarded(() -> {
			ColumnFamilyHandle handle = this.families.remove(keyspace);
			if (handle != null) {
				this.db.dropColumnFamily(handle);
				synchronized (this.droppedFamilies) {
					this.droppedFamilies.add(handle);
				}
			}
			return null;
		});
	}

	@Override
	public byte @Nullable [] get(String keyspace, byte[] key) {
		return guarded(() -> {
			ColumnFamilyHandle handle = this.families.get(keyspace);
			return (handle != null) ? this.db.get(handle, key) : null;
		});
	}

	@Override
	public void write(WriteBatch batch, boolean sync) {
		if (batch.isEmpty()) {
			return;
		}
		if (sync) {
			checkOpen();
			this.committer.commit(batch);
		}
		else {
			writeGroup(List.of(batch), this.unsynced);
		}
	}

	private void writeGroup(List<WriteBatch> batches) {
		writeGroup(batches, this.synced);
	}

	/**
	 * Writes the batches as one; a synced group of nothing but {@link #sync()} requests
	 * only syncs the log, which makes every earlier write durable.
	 */
	private void writeGroup(List<WriteBatch> batches, WriteOptions writeOptions) {
		guarded(() -> {
			try (org.rocksdb.WriteBatch combined = new org.rocksdb.WriteBatch()) {
				for (WriteBatch batch : batches) {
					addOperations(combined, batch);
				}
				if (combined.count() > 0) {
					this.db.write(writeOptions, combined);
				}
				else if (writeOptions.sync()) {
					this.db.syncWal();
				}
			}
			return null;
		});
	}

	private void addOperations(org.rocksdb.WriteBatch target, WriteBatch batch) throws RocksDBException {
		for (WriteBatch.Operation operation : batch.operations()) {
			ColumnFamilyHandle handle = this.families.get(operation.keyspace());
			if (handle == null) {
				throw new StorageException("Keyspace '" + operation.keyspace() + "' does not exist");
			}
			if (operation.isDelete()) {
				target.delete(handle, operation.key());
			}
			else {
				target.put(handle, operation.key(), operation.value());
			}
		}
	}

	@Override
	public Snapshot snapshot() {
		return guarded(() -> {
			RocksDbSnapshot snapshot = new RocksDbSnapshot(this);
			this.openSnapshots.add(snapshot);
			return snapshot;
		});
	}

	void released(RocksDbSnapshot snapshot) {
		this.openSnapshots.remove(snapshot);
	}

	@Override
	public long approximateSize(String keyspace) {
		return guarded(() -> {
			ColumnFamilyHandle handle = this.families.get(keyspace);
			if (handle == null) {
				return 0L;
			}
			return this.db.getLongProperty(handle, "rocksdb.estimate-live-data-size")
					+ this.db.getLongProperty(handle, "rocksdb.cur-size-all-mem-tables");
		});
	}

	/**
	 * Syncs through the group committer: an empty batch there, so that writers who wrote
	 * unsynced and now wait for the disk (a table's durable writes, after they let go of
	 * their row locks) share one sync with each other and with synced writes.
	 */
	@Override
	public void sync() {
		checkOpen();
		this.committer.commit(new WriteBatch());
	}

	@Override
	public SyncStatistics syncStatistics() {
		return this.committer.statistics();
	}

	@Override
	public boolean isPersistent() {
		return true;
	}

	@Override
	public void checkpoint(Path target) {
		guarded(() -> {
			RocksDbCheckpoint.create(this.db, target);
			return null;
		});
	}

	@Override
	public Checkpoint openCheckpoint(Path checkpoint) {
		return RocksDbCheckpoint.open(checkpoint);
	}

	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		this.committer.close();
		Lock exclusive = this.lifecycle.writeLock();
		exclusive.lock();
		try {
			List.copyOf(this.openSnapshots).forEach(RocksDbSnapshot::release);
			this.released = true;
			flushAndSync();
			closeNative();
		}
		finally {
			exclusive.unlock();
		}
	}

	private void flushAndSync() {
		try (FlushOptions flush = new FlushOptions().setWaitForFlush(true)) {
			this.db.flush(flush, new ArrayList<>(this.families.values()));
			this.db.syncWal();
		}
		catch (RocksDBException ex) {
			throw new StorageException("Cannot flush " + this.directory + ": " + ex.getMessage(), ex);
		}
	}

	private void closeNative() {
		this.families.values().forEach(ColumnFamilyHandle::close);
		synchronized (this.droppedFamilies) {
			this.droppedFamilies.forEach(ColumnFamilyHandle::close);
		}
		try {
			this.db.closeE();
		}
		catch (RocksDBException ex) {
			throw new StorageException("Cannot close " + this.directory + ": " + ex.getMessage(), ex);
		}
		finally {
			this.unsynced.close();
			this.synced.close();
			this.familyOptions.close();
			this.options.close();
		}
	}

	RocksDB db() {
		return this.db;
	}

	@Nullable ColumnFamilyHandle family(String keyspace) {
		return this.families.get(keyspace);
	}

	/** Runs an action on the open database, translating RocksDB failures. */
	<T> T guarded(RocksAction<T> action) {
		Lock shared = this.lifecycle.readLock();
		shared.lock();
		try {
			if (this.released) {
				throw new StorageException("Storage " + this.directory + " is closed");
			}
			return action.run();
		}
		catch (RocksDBException ex) {
			throw new StorageException("RocksDB failure in " + this.directory + ": " + ex.getMessage(), ex);
		}
		finally {
			shared.unlock();
		}
	}

	/**
	 * Runs a release of native resources unless the store already released everything;
	 * called with or without the exclusive lock held by {@link #close()}.
	 */
	void guardedRelease(Runnable release) {
		Lock shared = this.lifecycle.readLock();
		shared.lock();
		try {
			if (!this.released) {
				release.run();
			}
		}
		finally {
			shared.unlock();
		}
	}

	private void checkOpen() {
		if (this.closed) {
			throw new StorageException("Storage " + this.directory + " is closed");
		}
	}

	private static String nameOf(ColumnFamilyHandle handle) {
		try {
			return new String(handle.getName(), StandardCharsets.UTF_8);
		}
		catch (RocksDBException ex) {
			throw new StorageException("Cannot read a column family name: " + ex.getMessage(), ex);
		}
	}

	private static String defaultFamilyName() {
		return new String(RocksDB.DEFAULT_COLUMN_FAMILY, StandardCharsets.UTF_8);
	}

	/** Work on the database that may fail with a RocksDB exception. */
	@FunctionalInterface
	interface RocksAction<T> {

		T run() throws RocksDBException;

	}

}
