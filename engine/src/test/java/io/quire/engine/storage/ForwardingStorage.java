package io.quire.engine.storage;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A store that hands every call to another; tests override the calls they want to refuse,
 * hold or count.
 */
public abstract class ForwardingStorage implements Storage {

	protected final Storage delegate;

	protected ForwardingStorage(Storage delegate) {
		this.delegate = delegate;
	}

	@Override
	public Set<String> keyspaces() {
		return this.delegate.keyspaces();
	}

	@Override
	public void createKeyspace(String keyspace) {
		this.delegate.createKeyspace(keyspace);
	}

	@Override
	public void dropKeyspace(String keyspace) {
		this.delegate.dropKeyspace(keyspace);
	}

	@Override
	public byte @Nullable [] get(String keyspace, byte[] key) {
		return this.delegate.get(keyspace, key);
	}

	@Override
	public void write(WriteBatch batch, boolean sync) {
		this.delegate.write(batch, sync);
	}

	@Override
	public Snapshot snapshot() {
		return this.delegate.snapshot();
	}

	@Override
	public long approximateSize(String keyspace) {
		return this.delegate.approximateSize(keyspace);
	}

	@Override
	public void sync() {
		this.delegate.sync();
	}

	@Override
	public SyncStatistics syncStatistics() {
		return this.delegate.syncStatistics();
	}

	@Override
	public boolean isPersistent() {
		return this.delegate.isPersistent();
	}

	@Override
	public void close() {
		this.delegate.close();
	}

}
