package io.quire.bench;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The keys of a loaded table: records {@code 0..loaded-1} exist, and inserts take fresh
 * numbers from a shared counter. Reads, updates and scans pick existing records
 * uniformly.
 */
public final class KeySpace {

	private volatile long loaded;

	private final AtomicLong nextInsert;

	/** A key space of {@code loaded} existing records. */
	public KeySpace(long loaded) {
		this.loaded = loaded;
		this.nextInsert = new AtomicLong(loaded);
	}

	/**
	 * Count every key inserted so far as loaded: reads and updates may pick it from now
	 * on.
	 */
	public void markLoaded() {
		this.loaded = this.nextInsert.get();
	}

	/** The number of records loaded before the run. */
	public long loaded() {
		return this.loaded;
	}

	/** A random existing key. */
	public String existingKey() {
		return Documents.key(ThreadLocalRandom.current().nextLong(this.loaded));
	}

	/** A key no one has inserted yet. */
	public String freshKey() {
		return Documents.key(this.nextInsert.getAndIncrement());
	}

}
