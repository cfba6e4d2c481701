package io.quire.engine.storage;

/**
 * A cursor over the entries of a range: call {@link #next()} and, while it returns
 * {@code true}, read {@link #key()} and {@link #value()}. Not thread-safe; close it when
 * done.
 */
public interface KeyValueIterator extends AutoCloseable {

	/** Moves to the next entry; {@code false} once the range is exhausted. */
	boolean next();

	byte[] key();

	byte[] value();

	@Override
	void close();

}
