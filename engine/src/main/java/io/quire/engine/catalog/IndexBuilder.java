package io.quire.engine.catalog;

import java.util.ArrayList;
import java.util.List;

import io.quire.engine.storage.KeyValueIterator;
import io.quire.engine.storage.Snapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a new index over a table's existing rows in the background. The index is live
 * for writers from the start, so rows written meanwhile are indexed by their writers; the
 * builder walks the rows of a snapshot in chunks and indexes each row's latest value
 * under the row's lock, so it never writes an entry for a value a writer already
 * replaced.
 */
final class IndexBuilder implements Runnable {

	private static final Logger logger = LoggerFactory.getLogger(IndexBuilder.class);

	private static final int CHUNK_SIZE = 256;

	private final DefaultTable table;

	private final SecondaryIndex index;

	IndexBuilder(DefaultTable table, SecondaryIndex index) {
		this.table = table;
		this.index = index;
	}

	@Override
	public void run() {
		try {
			if (build()) {
				this.table.indexRegistry().finishBuild(this.index);
			}
		}
		catch (RuntimeException ex) {
			logger.error("Building index {} on table {} failed", this.index.name(), this.table.qualifiedName(), ex);
			this.index.markFailed(ex);
		}
	}

	/** Indexes every row; {@code false} if the build was abandoned. */
	private boolean build() {
		double total = Math.max(1, this.table.count());
		long done = 0;
		try (Snapshot snapshot = this.table.storage().snapshot();
				KeyValueIterator rows = snapshot.range(this.table.keyspace(), null, null, false)) {
			List<byte[]> chunk = nextChunk(rows);
			while (!chunk.isEmpty()) {
				if (isAbandoned()) {
					return false;
				}
				this.table.indexRows(this.index, chunk);
				done += chunk.size();
				this.index.progress(done / total);
				chunk = nextChunk(rows);
			}
		}
		return !isAbandoned();
	}

	private boolean isAbandoned() {
		return this.index.isDropped() || Thread.currentThread().isInterrupted();
	}

	private static List<byte[]> nextChunk(KeyValueIterator rows) {
		List<byte[]> chunk = new ArrayList<>(CHUNK_SIZE);
		while (chunk.size() < CHUNK_SIZE && rows.next()) {
			chunk.add(rows.key());
		}
		return chunk;
	}

}
