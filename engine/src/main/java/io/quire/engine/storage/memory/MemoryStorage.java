package io.quire.engine.storage.memory;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.quire.engine.storage.KeyValueIterator;
import io.quire.engine.storage.Snapshot;
import io.quire.engine.storage.Storage;
import io.quire.engine.storage.StorageException;
import io.quire.engine.storage.SyncStatistics;
import io.quire.engine.storage.WriteBatch;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Storage} held in memory. Every batch gets a sequence number under one commit
 * lock and becomes visible at once when the sequence is published; each key keeps the
 * older versions that open snapshots can still see. Nothing survives the process, so
 * {@code sync} is a no-op.
 */
public final class MemoryStorage implements Storage {

	private static final int PRUNE_THRESHOLD = 1024;

	private final Map<String, MemoryKeyspace> keyspaces = new ConcurrentHashMap<>();

	private final Object commitLock = new Object();

	/** Open snapshots by sequence, with their count; guarded by the commit lock. */
	private final TreeMap<Long, Integer> openSnapshots = new TreeMap<>();

	private volatile long committed;

	/** Operations written while snapshots were open: old versions that may linger. */
	private long lingering;

	private volatile boolean closed;

	public MemoryStorage() {
		this.keyspaces.put(METADATA, new MemoryKeyspace());
	}

	@Override
	public Set<String> keyspaces() {
		return Set.copyOf(this.keyspaces.keySet());
	}

	@Override
	public void createKeyspace(String keyspace) {
		checkOpen();
		this.keyspaces.computeIfAbsent(keyspace, (name) -> new MemoryKeyspace());
	}

	@Override
	public void dropKeyspace(String keyspace) {
		checkOpen();
		synchronized (this.commitLock) {
			this.keyspaces.remove(keyspace);
		}
	}

	@Override
	public byte @Nullable [] get(String keyspace, byte[] key) {
		checkOpen();
		MemoryKeyspace space = this.keyspaces.get(keyspace);
		Version head = (space != null) ? space.head(key) : null;
		return Version.valueAt(head, this.committed);
	}

	@Override
	public void write(WriteBatch batch, boolean sync) {
		synchronized (this.commitLock) {
			checkOpen();
			Map<String, MemoryKeyspace> targets = targets(batch);
			long sequence = this.committed + 1;
			long horizon = horizon();
			if (horizon < this.committed) {
				this.lingering += batch.size();
			}
			for (WriteBatch.Operation operation : batch.operations()) {
				targets.get(operation.keyspace()).apply(operation.key(), operation.value(), sequence, horizon);
			}
			this.committed = sequence;
		}
	}

	private Map<String, MemoryKeyspace> targets(WriteBatch batch) {
		Map<String, MemoryKeyspace> targets = new java.util.HashMap<>();
		for (WriteBatch.Operation operation : batch.operations()) {
			MemoryKeyspace space = this.keyspaces.get(operation.keyspace());
			if (space == null) {
				throw new StorageException("Keyspace '" + operation.keyspace() + "' does not exist");
			}
			targets.put(operation.keyspace(), space);
		}
		return targets;
	}

	/** The oldest sequence a reader may still ask for; called under the commit lock. */
	private long horizon() {
		return this.openSnapshots.isEmpty() ? this.committed : Math.min(this.openSnapshots.firstKey(), this.committed);
	}

	@Override
	public Snapshot snapshot() {
		synchronized (this.commitLock) {
			checkOpen();
			long sequence = this.committed;
			this.openSnapshots.merge(sequence, 1, Integer::sum);
			return new MemorySnapshot(sequence);
		}
	}

	private void release(long sequence) {
		synchronized (this.commitLock) {
			Integer remaining = this.openSnapshots.merge(sequence, -1, Integer::sum);
			if (remaining != null && remaining == 0) {
				this.openSnapshots.remove(sequence);
			}
			if (this.openSnapshots.isEmpty() && this.lingering >= PRUNE_THRESHOLD) {
				this.keyspaces.values().forEach((space) -> space.prune(this.committed));
				this.lingering = 0;
			}
		}
	}

	@Override
	public long approximateSize(String keyspace) {
		MemoryKeyspace space = this.keyspaces.get(keyspace);
		return (space != null) ? space.bytes() : 0;
	}

	@Override
	public void sync() {
		checkOpen();
	}

	/** Nothing is ever synced in memory: always {@link SyncStatistics#NONE}. */
	@Override
	public SyncStatistics syncStatistics() {
		return SyncStatistics.NONE;
	}

	@Override
	public boolean isPersistent() {
		return false;
	}

	@Override
	public void close() {
		this.closed = true;
	}

	private void checkOpen() {
		if (this.closed) {
			throw new StorageException("Storage is closed");
		}
	}

	private final class MemorySnapshot implements Snapshot {

		private final long sequence;

		private boolean released;

		MemorySnapshot(long sequence) {
			this.sequence = sequence;
		}

		@Override
		public byte @Nullable [] get(String keyspace, byte[] key) {
			MemoryKeyspace space = MemoryStorage.this.keyspaces.get(keyspace);
			return (space != null) ? Version.valueAt(space.head(key), this.sequence) : null;
		}

		@Override
		public KeyValueIterator range(String keyspace, byte @Nullable [] from, byte @Nullable [] to, boolean reverse) {
			MemoryKeyspace space = MemoryStorage.this.keyspaces.get(keyspace);
			Iterator<Map.Entry<byte[], Version>> entries = (space != null)
					? space.range(from, to, reverse).entrySet().iterator() : java.util.Collections.emptyIterator();
			return new MemoryIterator(entries, this.sequence);
		}

		@Override
		public void close() {
			if (!this.released) {
				this.released = true;
				release(this.sequence);
			}
		}

	}

}
