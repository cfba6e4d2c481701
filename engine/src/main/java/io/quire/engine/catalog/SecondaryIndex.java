package io.quire.engine.catalog;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.quire.engine.index.KeyEncoding;
import io.quire.engine.storage.WriteBatch;
import org.jspecify.annotations.Nullable;

/**
 * A live secondary index of a table: its metadata, compiled key function and build
 * progress. Entries are {@code encode(indexKey) + encode(primaryKey)} with the encoded
 * primary key as value.
 */
final class SecondaryIndex {

	private volatile IndexMetadata metadata;

	private final IndexKeyFunction function;

	private final CompletableFuture<IndexStatus> built = new CompletableFuture<>();

	private volatile double progress;

	private volatile boolean dropped;

	SecondaryIndex(IndexMetadata metadata, IndexKeyFunction function) {
		this.metadata = metadata;
		this.function = function;
		if (metadata.ready()) {
			this.progress = 1.0d;
			this.built.complete(status());
		}
	}

	IndexMetadata metadata() {
		return this.metadata;
	}

	void rename(String name) {
		this.metadata = this.metadata.withName(name);
	}

	String name() {
		return this.metadata.definition().name();
	}

	String keyspace() {
		return this.metadata.keyspace();
	}

	boolean isReady() {
		return this.metadata.ready();
	}

	IndexStatus status() {
		return new IndexStatus(this.metadata.definition(), isReady(), isReady() ? 1.0d : this.progress);
	}

	CompletableFuture<IndexStatus> built() {
		return this.built;
	}

	void progress(double fraction) {
		this.progress = Math.min(fraction, 0.99d);
	}

	void markReady() {
		this.metadata = this.metadata.asReady();
	}

	/** Releases the waiters of a build that {@link #markReady} ended (or a drop did). */
	void announceBuilt() {
		this.built.complete(status());
	}

	void markFailed(RuntimeException failure) {
		this.built.completeExceptionally(failure);
	}

	/** The index went away; waiters fail with {@code failure} unless it was built. */
	void markDropped(RuntimeException failure) {
		this.dropped = true;
		this.built.completeExceptionally(failure);
	}

	boolean isDropped() {
		return this.dropped;
	}

	/**
	 * Adds the puts and deletes that move this index from {@code before} to
	 * {@code after}.
	 */
	void addChanges(WriteBatch batch, byte[] primaryKey, @Nullable Map<String, Object> before,
			@Nullable Map<String, Object> after) {
		Set<ByteBuffer> removed = entries(primaryKey, before);
		Set<ByteBuffer> added = entries(primaryKey, after);
		for (ByteBuffer entry : removed) {
			if (!added.contains(entry)) {
				batch.delete(keyspace(), entry.array());
			}
		}
		for (ByteBuffer entry : added) {
			if (!removed.contains(entry)) {
				batch.put(keyspace(), entry.array(), primaryKey);
			}
		}
	}

	/** Adds the entries of one document (while building). */
	void addEntries(WriteBatch batch, byte[] primaryKey, Map<String, Object> document) {
		for (ByteBuffer entry : entries(primaryKey, document)) {
			batch.put(keyspace(), entry.array(), primaryKey);
		}
	}

	private Set<ByteBuffer> entries(byte[] primaryKey, @Nullable Map<String, Object> document) {
		Set<ByteBuffer> entries = new HashSet<>();
		for (Object key : keys(document)) {
			if (key != null) {
				entries.add(ByteBuffer.wrap(KeyEncoding.indexEntry(KeyEncoding.encode(key), primaryKey)));
			}
		}
		return entries;
	}

	private List<Object> keys(@Nullable Map<String, Object> document) {
		if (document == null) {
			return List.of();
		}
		try {
			return this.function.keys(document);
		}
		catch (RuntimeException ex) {
			return List.of();
		}
	}

}
