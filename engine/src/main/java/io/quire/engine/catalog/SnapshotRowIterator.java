package io.quire.engine.catalog;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

import io.quire.engine.storage.KeyValueIterator;
import io.quire.engine.storage.Snapshot;
import org.jspecify.annotations.Nullable;

/**
 * Documents read from a range of one snapshot. Each entry's value is turned into a
 * document by a resolver (decoding it, or looking up the primary key an index entry
 * points at); entries that resolve to nothing are skipped. Releases the snapshot when
 * exhausted or closed.
 */
final class SnapshotRowIterator implements RowIterator {

	private final Snapshot snapshot;

	private final KeyValueIterator entries;

	private final Function<byte[], @Nullable Map<String, Object>> resolver;

	private @Nullable Map<String, Object> next;

	private boolean closed;

	SnapshotRowIterator(Snapshot snapshot, KeyValueIterator entries,
			Function<byte[], @Nullable Map<String, Object>> resolver) {
		this.snapshot = snapshot;
		this.entries = entries;
		this.resolver = resolver;
	}

	@Override
	public boolean hasNext() {
		while (this.next == null && !this.closed) {
			if (!this.entries.next()) {
				close();
				return false;
			}
			this.next = this.resolver.apply(this.entries.value());
		}
		return this.next != null;
	}

	@Override
	public Map<String, Object> next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		Map<String, Object> document = this.next;
		this.next = null;
		return document;
	}

	@Override
	public void close() {
		if (!this.closed) {
			this.closed = true;
			try {
				this.entries.close();
			}
			finally {
				this.snapshot.close();
			}
		}
	}

}
