package io.quire.engine.storage;

import org.jspecify.annotations.Nullable;

/**
 * A point-in-time view of a {@link Storage}: writes committed after it was taken are
 * invisible. Holds storage resources until closed; not for use by several threads at
 * once.
 */
public interface Snapshot extends AutoCloseable {

	/** The value of a key at this snapshot, or {@code null}. */
	byte @Nullable [] get(String keyspace, byte[] key);

	/**
	 * Iterates the keys in {@code [from, to)} in unsigned byte order, or in reverse order
	 * when {@code reverse}. A {@code null} bound means no bound on that side.
	 */
	KeyValueIterator range(String keyspace, byte @Nullable [] from, byte @Nullable [] to, boolean reverse);

	/** Releases the snapshot; iterators obtained from it must be closed before. */
	@Override
	void close();

}
