package io.quire.engine.storage.memory;

import java.util.Iterator;
import java.util.Map;

import io.quire.engine.storage.CurrentEntry;
import io.quire.engine.storage.KeyValueIterator;

/**
 * Walks a range of a {@link MemoryKeyspace}, showing each key's value as of one sequence
 * and skipping keys absent then.
 */
final class MemoryIterator implements KeyValueIterator {

	private final Iterator<Map.Entry<byte[], Version>> entries;

	private final long sequence;

	private final CurrentEntry current = new CurrentEntry();

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
				this.current.set(entry.getKey(), visible);
				return true;
			}
		}
		this.current.clear();
		return false;
	}

	@Override
	public byte[] key() {
		return this.current.key();
	}

	@Override
	public byte[] value() {
		return this.current.value();
	}

	@Override
	public void close() {
	}

}
