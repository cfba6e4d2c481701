package io.quire.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The keys of a loaded table: records {@code 0..loaded-1} exist, and inserts take fresh
 * numbers from a shared counter. Reads, updates and scans pick existing records by the
 * key distribution.
 */
public final class KeySpace {

	private final KeyDistribution distribution;

	private final AtomicLong nextInsert;

	private volatile long loaded;

	private volatile LongSupplier existing;

	/** A key space of {@code loaded} existing records, picked by the distribution. */
	public KeySpace(long loaded, KeyDistribution distribution) {
		this.distribution = distribution;
		this.nextInsert = new AtomicLong(loaded);
		this.loaded = loaded;
		this.existing = picker(loaded);
	}

	/**
	 * Count every key inserted so far as loaded: reads and updates may pick it from now
	 * on.
	 */
	public void markLoaded() {
		long records = this.nextInsert.get();
		this.existing = picker(records);
		this.loaded = records;
	}

	/** The number of records loaded before the run. */
	public long loaded() {
		return this.loaded;
	}

	/** An existing key, drawn by the key distribution. */
	public String existingKey() {
		return Documents.key(this.existing.getAsLong());
	}

	/** A key no one has inserted yet. */
	public String freshKey() {
		return Documents.key(this.nextInsert.getAndIncrement());
	}

	private LongSupplier picker(long records) {
		if (records == 0) {
			return () -> {
				throw new IllegalStateException("No records loaded yet");
			};
		}
		return this.distribution.over(records);
	}

}
