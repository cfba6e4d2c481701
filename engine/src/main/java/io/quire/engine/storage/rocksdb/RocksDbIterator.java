package io.quire.engine.storage.rocksdb;

import java.util.Arrays;
import java.util.NoSuchElementException;

import io.quire.engine.storage.CurrentEntry;
import io.quire.engine.storage.KeyValueIterator;
import org.jspecify.annotations.Nullable;
import org.rocksdb.RocksIterator;

/**
 * A RocksDB iterator over {@code [from, to)} of one column family, forward or reverse.
 */
final class RocksDbIterator implements KeyValueIterator {

	static final KeyValueIterator EMPTY = new KeyValueIterator() {

		@Override
		public boolean next() {
			return false;
		}

		@Override
		public byte[] key() {
			throw new NoSuchElementException("No current entry");
		}

		@Override
		public byte[] value() {
			throw new NoSuchElementException("No current entry");
		}

		@Override
		public void close() {
		}

	};

	private final RocksDbSnapshot snapshot;

	private final RocksIterator cursor;

	private final byte @Nullable [] from;

	private final byte @Nullable [] to;

	private final boolean reverse;

	private boolean started;

	private boolean exhausted;

	private volatile boolean cursorClosed;

	private final CurrentEntry current = new CurrentEntry();

	RocksDbIterator(RocksDbSnapshot snapshot, RocksIterator cursor, byte @Nullable [] from, byte @Nullable [] to,
			boolean reverse) {
		this.snapshot = snapshot;
		this.cursor = cursor;
		this.from = from;
		this.to = to;
		this.reverse = reverse;
	}

	@Override
	public boolean next() {
		if (this.exhausted) {
			return false;
		}
		return this.snapshot.storage().guarded(() -> {
			if (this.cursorClosed) {
				return false;
			}
			advance();
			if (!this.cursor.isValid() || !inRange(this.cursor.key())) {
				this.cursor.status();
				this.exhausted = true;
				this.current.clear();
				return false;
			}
			this.current.set(this.cursor.key(), this.cursor.value());
			return true;
		});
	}

	private void advance() {
		if (this.started) {
			if (this.reverse) {
				this.cursor.prev();
			}
			else {
				this.cursor.next();
			}
			return;
		}
		this.started = true;
		if (this.reverse) {
			seekLast();
		}
		else if (this.from != null) {
			this.cursor.seek(this.from);
		}
		else {
			this.cursor.seekToFirst();
		}
	}

	private void seekLast() {
		if (this.to == null) {
			this.cursor.seekToLast();
			return;
		}
		this.cursor.seekForPrev(this.to);
		if (this.cursor.isValid() && Arrays.equals(this.cursor.key(), this.to)) {
			this.cursor.prev();
		}
	}

	private boolean inRange(byte[] candidate) {
		if (this.reverse) {
			return this.from == null || Arrays.compareUnsigned(candidate, this.from) >= 0;
		}
		return this.to == null || Arrays.compareUnsigned(candidate, this.to) < 0;
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
		this.exhausted = true;
		this.snapshot.storage().guardedRelease(this::closeCursor);
		this.snapshot.closed(this);
	}

	/**
	 * Releases the native iterator; the caller holds the store's shared or exclusive
	 * lock.
	 */
	void closeCursor() {
		this.cursorClosed = true;
		this.cursor.close();
	}

}
