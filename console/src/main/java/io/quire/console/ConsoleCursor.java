package io.quire.console;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import io.quire.engine.query.ResultStream;
import io.quire.engine.term.Cancellation;

/**
 * A long result or changefeed of one console query, read a batch at a time. As the driver
 * port's cursors do, batches are read as the query of its {@link Cancellation}, and
 * closing waits for a batch being read (a changefeed is woken first, since its batch may
 * wait for ever). Thread-safe.
 */
final class ConsoleCursor {

	private final String id;

	private final ResultStream stream;

	private final Cancellation cancellation;

	private final Runnable onClose;

	private final ReentrantLock lock = new ReentrantLock();

	private final AtomicBoolean closed = new AtomicBoolean();

	ConsoleCursor(String id, ResultStream stream, Cancellation cancellation, Runnable onClose) {
		this.id = id;
		this.stream = stream;
		this.cancellation = cancellation;
		this.onClose = onClose;
	}

	String id() {
		return this.id;
	}

	/** Whether this is a changefeed, whose batches wait for changes. */
	boolean isFeed() {
		return !this.stream.notes().isEmpty();
	}

	/** The next batch; an empty last one once closed. */
	ResultStream.Batch next() throws InterruptedException {
		this.lock.lockInterruptibly();
		try (Cancellation.Scope scope = this.cancellation.enter()) {
			return this.closed.get() ? new ResultStream.Batch(List.of(), true) : this.stream.nextBatch();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Whether the query was stopped (rather than ending or failing by itself). */
	boolean isStopped() {
		return this.cancellation.reason() == Cancellation.Reason.STOP;
	}

	/** Cancels the query as a STOP does, then closes. */
	void stop() {
		this.cancellation.cancel(Cancellation.Reason.STOP);
		close();
	}

	/** Closes the stream once; may block while a batch is being read. */
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
