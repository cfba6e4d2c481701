package io.quire.engine.storage.memory;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

import io.quire.engine.storage.KeyValueIterator;
import org.jspecify.annotations.Nullable;

/**
 * Walks a range of a {@link MemoryKeyspace}, showing each key's value as of one sequence
 * and skipping keys absent then.
 */
final class MemoryIterator implements KeyValueIterator {

	private final Iterator<Map.Entry<byte[], Version>> entries;

	private final long sequence;

	private byte @Nullable [] key;

	private byte @Nullable [] value;

	MemoryIterator(Iterator<Map.Entry<byte[], Version>> entries, long sequence) {
		this.entries = entries;
		this.sequence = sequence;
	}

	@Override
	public boolean next() {
		while (this.entries.hasNext()) {
			Map.Entry<byte[], Version> entry = this.entries.next();
			byte[] visible = Version.valueAt(entry.getValue(), this.sequence);
			if (visible != null) {
				this.key = entry.getKey();
				this.value = visible;
				return true;
			}
		}
		this.key = null;
		this.value = null;
		return false;
	}

	@Override
	public byte[] key() {
		return current(this.key);
	}

	@Override
	public byte[] value() {
		return current(this.value);
	}

	private static byte[] current(byte @Nullable [] bytes) {
		if (bytes == null) {
			throw new NoSuchElementException("No current entry");
		}
		return bytes;
	}

	@Override
	public void close() {
	}

}
