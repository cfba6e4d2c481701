package io.quire.engine.query;

import java.util.List;

import io.quire.protocol.ResponseNote;

/**
 * A server-side cursor. The network layer asks for one batch per START or CONTINUE and
 * closes the stream on STOP, on the last batch, or when the connection closes. Batch
 * limits ({@code max_batch_rows}, {@code max_batch_bytes}, {@code max_batch_seconds},
 * {@code first_batch_scaledown_factor}) come from the query's global optargs, read when
 * the stream was created. Calls for one stream never overlap.
 */
public interface ResultStream extends AutoCloseable {

	/**
	 * The next batch. A finite stream returns its rows and whether they are the last; a
	 * changefeed blocks until at least one change is available (or it ends).
	 * @throws io.quire.engine.QueryException if evaluation fails mid-stream
	 */
	Batch nextBatch() throws InterruptedException;

	/** Feed notes for every response of this stream; empty for plain sequences. */
	List<ResponseNote> notes();

	/**
	 * Releases storage iterators and feed subscriptions. Idempotent; wakes a blocked
	 * nextBatch.
	 */
	@Override
	void close();

	/** One batch of rows (datums). */
	record Batch(List<Object> rows, boolean last) {
	}

}
