package io.quire.engine.net;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import io.quire.engine.query.ResultStream;
import io.quire.protocol.ResponseNote;

/**
 * A server-side cursor: one {@link ResultStream} whose batches are fetched one at a time.
 * Closing waits for a batch being fetched, so a storage iterator is never closed under a
 * reader; a changefeed is woken first, since its batch may wait forever.
 */
final class Cursor {

	private final ResultStream stream;

	private final ReentrantLock lock = new ReentrantLock();

	private final AtomicBoolean closed = new AtomicBoolean();

	private final Runnable onClose;

	Cursor(ResultStream stream, Runnable onClose) {
		this.stream = stream;
		this.onClose = onClose;
	}

	/** The next batch; an empty last batch once the cursor is closed. */
	ResultStream.Batch next() throws InterruptedException {
		this.lock.lockInterruptibly();
		try {
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
