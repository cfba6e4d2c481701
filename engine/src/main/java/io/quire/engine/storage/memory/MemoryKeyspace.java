package io.quire.engine.storage.memory;

import java.util.Arrays;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * The entries of one keyspace, ordered as unsigned bytes, each holding its version chain.
 */
final class MemoryKeyspace {

	private final ConcurrentSkipListMap<byte[], Version> entries = new ConcurrentSkipListMap<>(Arrays::compareUnsigned);

	private final AtomicLong bytes = new AtomicLong();

	@Nullable Version head(byte[] key) {
		return this.entries.get(key);
	}

	/** Installs a new version of a key; called under the store's commit lock. */
	void apply(byte[] key, byte @Nullable [] value, long sequence, long horizon) {
		this.entries.compute(key, (k, head) -> {
			Version previous = (head != null && head.sequence() == sequence) ? head.older() : head;
			Version retained = Version.prune(previous, horizon);
			this.bytes.addAndGet(sizeOf(value, key) - ((head != null) ? sizeOf(head.value(), key) : 0));
			return (value == null && retained == null) ? null : new Version(sequence, value, retained);
		});
	}

	/**
	 * Drops versions older than the horizon from every entry; called under the commit
	 * lock.
	 */
	void prune(long horizon) {
		for (byte[] key : this.entries.keySet()) {
			this.entries.computeIfPresent(key, (k, head) -> Version.prune(head, horizon));
		}
	}

	ConcurrentNavigableMap<byte[], Version> range(byte @Nullable [] from, byte @Nullable [] to, boolean reverse) {
		ConcurrentNavigableMap<byte[], Version> range = this.entries;
		if (from != null && to != null) {
			range = (Arrays.compareUnsigned(from, to) < 0) ? range.subMap(from, true, to, false)
					: new ConcurrentSkipListMap<>(Arrays::compareUnsigned);
		}
		else if (from != null) {
			range = range.tailMap(from, true);
		}
		else if (to != null) {
			range = range.headMap(to, false);
		}
		return reverse ? range.descendingMap() : range;
	}

	long bytes() {
		return this.bytes.get();
	}

	private static long sizeOf(byte @Nullable [] value, byte[] key) {
		return (value != null) ? key.length + value.length : 0;
	}

}
