package io.quire.engine.storage;

import java.nio.file.Path;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An ordered key-value store. Keys and values are byte arrays compared as unsigned bytes;
 * keys live in named keyspaces (one RocksDB column family each, or one sorted map in
 * memory) that are created on first use and dropped as a whole. Writes are applied
 * through atomic {@link WriteBatch}es; reads of many keys go through a {@link Snapshot}
 * so that they see one point in time. Implementations are thread-safe.
 */
public interface Storage extends AutoCloseable {

	/** The keyspace this store always has, for the catalog's own metadata. */
	String METADATA = "metadata";

	/** Names of every keyspace, {@link #METADATA} included. */
	Set<String> keyspaces();

	/** Creates the keyspace unless it exists. */
	void createKeyspace(String keyspace);

	/**
	 * Drops the keyspace and everything in it; snapshots taken earlier may still read it.
	 */
	void dropKeyspace(String keyspace);

	/** The latest committed value of a key, or {@code null}. */
	byte @Nullable [] get(String keyspace, byte[] key);

	/**
	 * Applies every operation of the batch atomically. With {@code sync} the write-ahead
	 * log is on disk before this method returns; without it the write may be lost by a
	 * machine crash (never by a process crash of a disk store) but never half applied.
	 * @throws StorageException if the write failed; nothing of the batch is applied
	 */
	void write(WriteBatch batch, boolean sync);

	/** A consistent, point-in-time view for reads; close it when done. */
	Snapshot snapshot();

	/** Approximate bytes used by a keyspace (live data plus unflushed writes). */
	long approximateSize(String keyspace);

	/** Makes every earlier write durable (syncs the write-ahead log). */
	void sync();

	/** Write-ahead log syncs so far and the durable writes they carried. */
	SyncStatistics syncStatistics();

	/** Whether the data survives a restart of the process. */
	boolean isPersistent();

	/**
	 * Writes a consistent copy of every keyspace into {@code directory}, which must not
	 * exist yet; a disk store links its immutable files instead of copying them.
	 * @throws UnsupportedOperationException if the store cannot (the in-memory store,
	 * which no member of a group uses)
	 * @throws StorageException if the copy failed
	 */
	default void checkpoint(Path directory) {
		throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot write checkpoints");
	}

	/**
	 * Opens a copy written by {@link #checkpoint} of a store of this kind, read-only.
	 * @throws UnsupportedOperationException if the store cannot write checkpoints
	 * @throws StorageException if the directory holds no readable checkpoint
	 */
	default Checkpoint openCheckpoint(Path directory) {
		throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot read checkpoints");
	}

	/** Syncs and releases everything; open snapshots and iterators become unusable. */
	@Override
	void close();

}
