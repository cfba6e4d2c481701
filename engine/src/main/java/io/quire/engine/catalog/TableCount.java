package io.quire.engine.catalog;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.quire.engine.index.KeyEncoding;
import io.quire.engine.storage.KeyValueIterator;
import io.quire.engine.storage.Snapshot;
import io.quire.engine.storage.Storage;
import io.quire.engine.storage.WriteBatch;

/**
 * A table's document count, kept on disk so that opening a table reads a few keys instead
 * of scanning every document. The count is split into one counter per lock stripe of the
 * table: a writer holds the stripe locks of its documents, so it can stage the new values
 * of those counters in the same {@link WriteBatch} as the documents, and a crash leaves
 * documents and counters consistent. The marker key {@code count:<uuid>} says the
 * counters are complete; a table stored before they existed is counted once by a scan.
 */
final class TableCount {

	private final Storage storage;

	private final byte[] marker;

	private final long[] stripes;

	private final AtomicLong total = new AtomicLong();

	TableCount(Storage storage, UUID table, int stripes) {
		this.storage = storage;
		this.marker = MetadataKeys.count(table);
		this.stripes = new long[stripes];
	}

	/**
	 * Loads the counters, or counts the documents of the keyspace (with a stripe
	 * function) and stores the counters when the table has none yet.
	 */
	void open(String keyspace, StripedLocks locks) {
		if (!load()) {
			recount(keyspace, locks);
			store();
		}
		this.total.set(Arrays.stream(this.stripes).sum());
	}

	/**
	 * Re-reads the counters another member wrote (or counts the documents when it has not
	 * written them yet), writing nothing.
	 */
	void reload(String keyspace, StripedLocks locks) {
		Arrays.fill(this.stripes, 0);
		if (!load()) {
			recount(keyspace, locks);
		}
		this.total.set(Arrays.stream(this.stripes).sum());
	}

	private boolean load() {
		boolean marked = false;
		try (Snapshot snapshot = this.storage.snapshot();
				KeyValueIterator entries = snapshot.range(Storage.METADATA, this.marker,
						KeyEncoding.successor(this.marker), false)) {
			while (entries.next()) {
				byte[] key = entries.key();
				if (key.length == this.marker.length) {
					marked = true;
				}
				else {
					this.stripes[stripeOf(key)] = ByteBuffer.wrap(entries.value()).getLong();
				}
			}
		}
		return marked;
	}

	private void recount(String keyspace, StripedLocks locks) {
		Arrays.fill(this.stripes, 0);
		try (Snapshot snapshot = this.storage.snapshot();
				KeyValueIterator rows = snapshot.range(keyspace, null, null, false)) {
			while (rows.next()) {
				this.stripes[locks.stripe(rows.key())]++;
			}
		}
	}

	private void store() {
		WriteBatch batch = new WriteBatch();
		for (int stripe = 0; stripe < this.stripes.length; stripe++) {
			if (this.stripes[stripe] != 0) {
				batch.put(Storage.METADATA, key(stripe), encode(this.stripes[stripe]));
			}
		}
		batch.put(Storage.METADATA, this.marker, new byte[] { 1 });
		this.storage.write(batch, true);
	}

	/** The number of documents as of the last applied change. */
	long get() {
		return this.total.get();
	}

	/** A change to the count, staged with a write and applied after it committed. */
	Change change() {
		return new Change();
	}

	/** Deletes the counters of a dropped table. */
	void delete() {
		WriteBatch batch = new WriteBatch().delete(Storage.METADATA, this.marker);
		for (int stripe = 0; stripe < this.stripes.length; stripe++) {
			batch.delete(Storage.METADATA, key(stripe));
		}
		this.storage.write(batch, false);
	}

	private byte[] key(int stripe) {
		byte[] key = Arrays.copyOf(this.marker, this.marker.length + 3);
		key[this.marker.length] = '/';
		key[this.marker.length + 1] = (byte) (stripe >>> 8);
		key[this.marker.length + 2] = (byte) stripe;
		return key;
	}

	private int stripeOf(byte[] key) {
		return ((key[this.marker.length + 1] & 0xFF) << 8) | (key[this.marker.length + 2] & 0xFF);
	}

	private static byte[] encode(long value) {
		return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
	}

	/**
	 * The deltas of one write, per stripe. The writer holds the locks of every stripe it
	 * adds to, from {@link #add} until {@link #apply}.
	 */
	final class Change {

		private int[] changed = new int[2];

		private long[] deltas = new long[2];

		private int size;

		/** Counts a document added ({@code +1}) or removed ({@code -1}) in a stripe. */
		void add(int stripe, int delta) {
			if (delta == 0) {
				return;
			}
			for (int i = 0; i < this.size; i++) {
				if (this.changed[i] == stripe) {
					this.deltas[i] += delta;
					return;
				}
			}
			if (this.size == this.changed.length) {
				this.changed = Arrays.copyOf(this.changed, this.size * 2);
				this.deltas = Arrays.copyOf(this.deltas, this.size * 2);
			}
			this.changed[this.size] = stripe;
			this.deltas[this.size++] = delta;
		}

		/** Stages the changed counters' new values. */
		void stage(WriteBatch batch) {
			for (int i = 0; i < this.size; i++) {
				int stripe = this.changed[i];
				batch.put(Storage.METADATA, key(stripe), encode(TableCount.this.stripes[stripe] + this.deltas[i]));
			}
		}

		/** Applies the deltas in memory once the batch is committed. */
		void apply() {
			long sum = 0;
			for (int i = 0; i < this.size; i++) {
				TableCount.this.stripes[this.changed[i]] += this.deltas[i];
				sum += this.deltas[i];
			}
			TableCount.this.total.addAndGet(sum);
		}

	}

}
