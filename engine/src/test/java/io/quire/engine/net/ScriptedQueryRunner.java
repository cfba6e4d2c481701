package io.quire.engine.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import io.quire.engine.QueryException;
import io.quire.engine.query.QueryResult;
import io.quire.engine.query.QueryRunner;
import io.quire.engine.QuerySession;
import io.quire.engine.query.ResultStream;
import io.quire.protocol.ResponseNote;

/**
 * A query runner for network tests: a term {@code "rows:N"} streams 0..N-1 in batches of
 * ten, {@code "block"} waits until {@link #release()}, {@code "feed"} is a changefeed
 * whose batches wait until it is closed, {@code "missing"} fails like a missing table,
 * and any other term is answered as itself. Terms starting {@code "inline"} are said not
 * to block; the thread each query ran on is kept.
 */
final class ScriptedQueryRunner implements QueryRunner {

	final CountDownLatch gate = new CountDownLatch(1);

	final AtomicInteger openStreams = new AtomicInteger();

	final List<QuerySession> sessions = new java.util.concurrent.CopyOnWriteArrayList<>();

	final List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();

	@Override
	public boolean cannotBlock(Object term, Map<String, Object> globalOptargs) {
		return term instanceof String script && script.startsWith("inline");
	}

	@Override
	public QueryResult run(QuerySession session, Object term, Map<String, Object> globalOptargs) {
		this.sessions.add(session);
		this.threads.add(Thread.currentThread());
		if (term instanceof String script && script.startsWith("rows:")) {
			return new QueryResult.Sequence(new CountingStream(Integer.parseInt(script.substring(5))), null);
		}
		if ("feed".equals(term)) {
			return new QueryResult.Sequence(new WaitingFeed(), null);
		}
		if ("block".equals(term)) {
			awaitGate();
			return new QueryResult.Atom("released", null);
		}
		if ("missing".equals(term)) {
			throw QueryException.opFailed("Table `test.missing` does not exist.").withFrame(0);
		}
		return new QueryResult.Atom(term, null);
	}

	void release() {
		this.gate.countDown();
	}

	private void awaitGate() {
		try {
			this.gate.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw QueryException.opFailed("interrupted");
		}
	}

	private final class CountingStream implements ResultStream {

		private final int size;

		private int next;

		private boolean closed;

		CountingStream(int size) {
			this.size = size;
			ScriptedQueryRunner.this.openStreams.incrementAndGet();
		}

		@Override
		public Batch nextBatch() {
			List<Object> rows = new ArrayList<>();
			while (this.next < this.size && rows.size() < 10) {
				rows.add((long) this.next++);
			}
			return new Batch(rows, this.next >= this.size);
		}

		@Override
		public List<ResponseNote> notes() {
			return List.of();
		}

		@Override
		public synchronized void close() {
			if (!this.closed) {
				this.closed = true;
				ScriptedQueryRunner.this.openStreams.decrementAndGet();
			}
		}

	}

	private final class WaitingFeed implements ResultStream {

		private boolean closed;

		WaitingFeed() {
			ScriptedQueryRunner.this.openStreams.incrementAndGet();
		}

		@Override
		public synchronized Batch nextBatch() throws InterruptedException {
			while (!this.closed) {
				wait();
			}
			return new Batch(List.of(), true);
		}

		@Override
		public List<ResponseNote> notes() {
			return List.of(ResponseNote.SEQUENCE_FEED);
		}

		@Override
		public synchronized void close() {
			if (!this.closed) {
				this.closed = true;
				ScriptedQueryRunner.this.openStreams.decrementAndGet();
				notifyAll();
			}
		}

	}

}
