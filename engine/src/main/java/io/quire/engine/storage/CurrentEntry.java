package io.quire.engine.storage;

import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;

/**
 * The entry a {@link KeyValueIterator} stands on, if any: what its {@code key()} and
 * {@code value()} return, failing when there is none.
 */
public final class CurrentEntry {

	private byte @Nullable [] key;

	private byte @Nullable [] value;

	/** Stands on the given entry. */
	public void set(byte[] key, byte[] value) {
		this.key = key;
		this.value = value;
	}

	/** Stands on no entry: the range is exhausted. */
	public void clear() {
		this.key = null;
		this.value = null;
	}

	/** The current key; {@link NoSuchElementException} when there is no current entry. */
	public byte[] key() {
		return require(this.key);
	}

	/**
	 * The current value; {@link NoSuchElementException} when there is no current entry.
	 */
	public byte[] value() {
		return require(this.value);
	}

	private static byte[] require(byte @Nullable [] bytes) {
		if (bytes == null) {
			throw new NoSuchElementException("No current entry");
		}
		return bytes;
	}

}
