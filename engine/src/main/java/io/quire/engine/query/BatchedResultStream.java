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
 * A server-side cursor over a lazy stream: each batch takes rows until a row, byte or time limit
 * is reached (the first batch with smaller byte and time limits), and the stream is closed after
 * the last batch.
 */
final class BatchedResultStream implements ResultStream {

	private final Stream rows;

	private final BatchOptions options;

	private boolean first = true;

	private boolean closed;

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
		this.first = false;
		try {
			List<Object> batch = fill(limits);
			boolean last = !this.rows.hasNext();
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

	@Override
	public List<ResponseNote> notes() {
		return List.of();
	}

	@Override
	public void close() {
		if (!this.closed) {
			this.closed = true;
			this.rows.close();
		}
	}

}
