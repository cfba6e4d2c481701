package io.quire.engine.query;

import java.util.ArrayList;
import java.util.List;

import io.quire.engine.QueryException;
import io.quire.engine.datum.Datums;
import io.quire.engine.term.Stream;
import io.quire.protocol.ErrorType;
import io.quire.protocol.ResponseNote;
import org.jspecify.annotations.Nullable;

/**
 * A server-side cursor over a lazy stream: each batch takes rows until a row, byte or
 * time limit is reached (the first batch with smaller byte and time limits), and the
 * stream is closed after the last batch.
 */
final class BatchedResultStream implements ResultStream {

	private final Stream rows;

	private final BatchOptions options;

	private boolean first = true;

	private volatile boolean closed;

	BatchedResultStream(Stream rows, BatchOptions options) {
		this.rows = rows;
		this.options = options;
	}

	@Override
	public Batch nextBatch() {
		if (this.closed) {
			return new Batch(List.of(), true);
		}
		BatchOptions limits = this.first ? this.options.first() : this.options;
		try {
			List<Object> batch = this.rows.isFeed() ? fillFromFeed(limits, this.first) : fill(limits);
			this.first = false;
			boolean last = Boolean.FALSE.equals(this.rows.hasNextWithoutWaiting());
			if (last) {
				close();
			}
			return new Batch(batch, last);
		}
		catch (QueryException ex) {
			close();
			throw ex;
		}
		catch (RuntimeException ex) {
			close();
			throw QueryException.runtime(ErrorType.INTERNAL, String.valueOf(ex.getMessage()));
		}
	}

	private List<Object> fill(BatchOptions limits) {
		List<Object> batch = new ArrayList<>();
		long bytes = 0;
		long deadline = System.nanoTime() + limits.maxNanos();
		while (this.rows.hasNext()) {
			@Nullable Object row = this.rows.next();
			batch.add(row);
			bytes += Datums.approximateSize(row);
			if (batch.size() >= limits.maxRows() || bytes >= limits.maxBytes() || System.nanoTime() >= deadline) {
				break;
			}
		}
		return batch;
	}

	/**
	 * A feed batch: the first returns at once with what is ready; later ones wait for one
	 * change, then take what else is ready.
	 */
	private List<Object> fillFromFeed(BatchOptions limits, boolean first) {
		List<Object> batch = new ArrayList<>();
		if (!first && !this.rows.hasNext()) {
			return batch;
		}
		while (batch.size() < limits.maxRows() && Boolean.TRUE.equals(this.rows.hasNextWithoutWaiting())) {
			batch.add(this.rows.next());
		}
		return batch;
	}

	@Override
	public List<ResponseNote> notes() {
		return this.rows.feedNotes();
	}

	@Override
	public void close() {
		if (!this.closed) {
			this.closed = true;
			this.rows.close();
		}
	}

}
