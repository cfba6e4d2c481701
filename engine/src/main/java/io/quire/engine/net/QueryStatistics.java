package io.quire.engine.net;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import io.quire.engine.QueryListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts running queries, open cursors and answered queries by kind, tells the
 * {@link QueryListener}, and lets a closing server wait for running queries to finish.
 */
final class QueryStatistics {

	private static final Logger logger = LoggerFactory.getLogger(QueryStatistics.class);

	private final QueryListener listener;

	private final AtomicInteger running = new AtomicInteger();

	private final AtomicInteger openCursors = new AtomicInteger();

	private final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();

	private final Object idle = new Object();

	QueryStatistics(QueryListener listener) {
		this.listener = listener;
	}

	void started() {
		this.running.incrementAndGet();
	}

	/**
	 * A query has its answer: counted by kind and told to the listener, before the answer
	 * is written, so a client that reads it finds the query counted.
	 */
	void answered(String kind, long receivedNanos, boolean failed) {
		this.byKind.computeIfAbsent(kind, (key) -> new LongAdder()).increment();
		try {
			this.listener.onQuery(kind, Duration.ofNanos(System.nanoTime() - receivedNanos), failed);
		}
		catch (RuntimeException ex) {
			logger.warn("Query listener failed on a {} query", kind, ex);
		}
	}

	/** A query's answer is written: it no longer runs. */
	void finished() {
		if (this.running.decrementAndGet() == 0) {
			synchronized (this.idle) {
				this.idle.notifyAll();
			}
		}
	}

	void cursorOpened() {
		this.openCursors.incrementAndGet();
	}

	void cursorClosed() {
		this.openCursors.decrementAndGet();
	}

	int running() {
		return this.running.get();
	}

	int openCursors() {
		return this.openCursors.get();
	}

	Map<String, Long> byKind() {
		Map<String, Long> counts = new TreeMap<>();
		this.byKind.forEach((kind, count) -> counts.put(kind, count.sum()));
		return counts;
	}

	/**
	 * Waits until no query runs, at most {@code timeout}.
	 * @return whether every query finished in time
	 */
	boolean awaitIdle(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.idle) {
			while (this.running.get() > 0) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				this.idle.wait(Math.max(1, left / 1_000_000));
			}
		}
		return true;
	}

}
