package io.quire.engine.storage.rocksdb;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.quire.engine.storage.KeyValueIterator;
import io.quire.engine.storage.Snapshot;
import org.jspecify.annotations.Nullable;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksIterator;

/**
 * A RocksDB snapshot with the read options that pin it. Its iterators are released with
 * it, and the store releases every open snapshot when it closes.
 */
final class RocksDbSnapshot implements Snapshot {

	private final RocksDbStorage storage;

	private final org.rocksdb.Snapshot snapshot;

	private final ReadOptions readOptions;

	private final Set<RocksDbIterator> iterators = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean released = new AtomicBoolean();

	RocksDbSnapshot(RocksDbStorage storage) {
		this.storage = storage;
		this.snapshot = storage.db().getSnapshot();
		this.readOptions = new ReadOptions().setSnapshot(this.snapshot);
	}

	@Override
	public byte @Nullable [] get(String keyspace, byte[] key) {
		return this.storage.guarded(() -> {
			checkNotReleased();
			ColumnFamilyHandle family = this.storage.family(keyspace);
			return (family != null) ? this.storage.db().get(family, this.readOptions, key) : null;
		});
	}

	@Override
	public KeyValueIterator range(String keyspace, byte @Nullable [] from, byte @Nullable [] to, boolean reverse) {
		return this.storage.guarded(() -> {
			checkNotReleased();
			ColumnFamilyHandle family = this.storage.family(keyspace);
			if (family == null) {
				return RocksDbIterator.EMPTY;
			}
			RocksIterator cursor = this.storage.db().newIterator(family, this.readOptions);
			RocksDbIterator iterator = new RocksDbIterator(this, cursor, from, to, reverse);
			this.iterators.add(iterator);
			return iterator;
		});
	}

	RocksDbStorage storage() {
		return this.storage;
	}

	void closed(RocksDbIterator iterator) {
		this.iterators.remove(iterator);
	}

	@Override
	public void close() {
		release();
	}

	/**
	 * Releases the snapshot and its iterators; safe to call more than once and from any
	 * thread, including the one closing the store.
	 */
	void release() {
		this.storage.guardedRelease(() -> {
			if (this.released.compareAndSet(false, true)) {
				java.util.List.copyOf(this.iterators).forEach(RocksDbIterator::closeCursor);
				this.readOptions.close();
				this.storage.db().releaseSnapshot(this.snapshot);
			}
		});
		this.storage.released(this);
	}

	private void checkNotReleased() {
		if (this.released.get()) {
			throw new IllegalStateException("Snapshot is closed");
		}
	}

}
