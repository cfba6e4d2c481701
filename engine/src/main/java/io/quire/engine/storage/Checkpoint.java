package io.quire.engine.storage;

import java.util.Set;

/**
 * A copy of a store written by {@link Storage#checkpoint}, opened read-only to read back
 * what it holds (a member of a group restores its store from one). Not thread-safe; close
 * it when done.
 */
public interface Checkpoint extends AutoCloseable {

	/** Names of every keyspace in the checkpoint, {@link Storage#METADATA} included. */
	Set<String> keyspaces();

	/**
	 * Iterates every key of a keyspace in unsigned byte order; close the iterator before
	 * the checkpoint.
	 */
	KeyValueIterator scan(String keyspace);

	@Override
	void close();

}
