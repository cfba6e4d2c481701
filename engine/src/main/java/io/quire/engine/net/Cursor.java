package io.quire.engine.net;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import io.quire.engine.query.ResultStream;
import io.quire.engine.term.Cancellation;
import io.quire.protocol.ResponseNote;

/**
 * A server-side cursor: one {@link ResultStream} whose batches are fetched one at a time.
 * Closing waits for a batch being fetched, so a storage iterator is never closed under a
 * reader; a changefeed is woken first, since its batch may wait forever. Batches are
 * fetched as the query of its {@link Cancellation}, so cancelling the query ends a batch
 * being fetched.
 */
final class Cursor {

	private final ResultStream stream;

	private final ReentrantLock lock = new ReentrantLock();

	private final AtomicBoolean closed = new AtomicBoolean();

	private final Runnable onClose;

	private final Cancellation cancellation;

	Cursor(ResultStream stream, Runnable onClose) {
		this(stream, Cancellation.NONE, onClose);
	}

	Cursor(ResultStream stream, Cancellation cancellation, Runnable onClose) {
		this.stream = stream;
		this.cancellation = cancellation;
		this.onClose = onClose;
	}

	Cancellation cancellation() {
		return this.cancellation;
	}

	/** The next batch; an empty last batch once the cursor is closed. */
	ResultStream.Batch next() throws InterruptedException {
		this.lock.lockInterruptibly();
		try (Cancellation.Scope scope = this.cancellation.enter()) {
			return this.closed.get() ? new ResultStream.Batch(List.of(), true) : this.stream.nextBatch();
		}
		finally {
			this.lock.unlock();
		}
	}

	List<ResponseNote> notes() {
		return this.stream.notes();
	}

	/** Whether this is a changefeed, whose batches may wait for ever. */
	boolean isFeed() {
		return !this.stream.notes().isEmpty();
	}

	/** Closes the stream once; may block while a batch is being fetched. */
	void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		if (isFeed()) {
			this.stream.close();
		}
		this.lock.lock();
		try {
			this.stream.close();
		}
		finally {
			this.lock.unlock();
			this.onClose.run();
		}
	}

}
