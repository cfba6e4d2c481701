package io.quire.engine.net;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.netty.channel.ChannelHandlerContext;

/**
 * Bounds the queries one connection runs at once, as RethinkDB does: once {@code limit}
 * queries hold a slot, later queries wait in arrival order and the connection stops
 * reading until a slot frees. Changefeed batches, which may wait for ever, give their
 * slot back while they wait. The queue is touched on the event loop only; slots are
 * released from any thread.
 */
final class QueryThrottle {

	/** RethinkDB's cap on the queries of one connection running at once. */
	static final int MAX_CONCURRENT_QUERIES = 1024;

	private final int limit;

	private final AtomicInteger running = new AtomicInteger();

	private final Queue<Query.Valid> waiting = new ArrayDeque<>();

	private volatile boolean paused;

	QueryThrottle(int limit) {
		this.limit = limit;
	}

	/**
	 * On the event loop: dispatch the query now, or queue it behind the waiting ones and
	 * stop reading when every slot is taken.
	 */
	void admit(ChannelHandlerContext ctx, Query.Valid query, Consumer<Query.Valid> dispatch) {
		if (!this.paused && this.running.get() < this.limit) {
			dispatch.accept(query);
			return;
		}
		this.waiting.add(query);
		this.paused = true;
		ctx.channel().config().setAutoRead(false);
		drain(ctx, dispatch);
	}

	/**
	 * Take a slot for a query handed to the workers; release it once the query is
	 * answered.
	 */
	Slot acquire(ChannelHandlerContext ctx, Consumer<Query.Valid> dispatch) {
		this.running.incrementAndGet();
		return new Slot(() -> released(ctx, dispatch));
	}

	/** Whether queries wait for a slot, so reading must stay paused. */
	boolean isPaused() {
		return this.paused;
	}

	private void released(ChannelHandlerContext ctx, Consumer<Query.Valid> dispatch) {
		this.running.decrementAndGet();
		if (!this.paused) {
			return;
		}
		try {
			ctx.executor().execute(() -> drain(ctx, dispatch));
		}
		catch (RejectedExecutionException ex) {
			// the event loop is shutting down with the connection: nothing waits any more
		}
	}

	/**
	 * On the event loop: run the waiting queries that fit, and read again once none
	 * waits.
	 */
	private void drain(ChannelHandlerContext ctx, Consumer<Query.Valid> dispatch) {
		while (!this.waiting.isEmpty() && this.running.get() < this.limit) {
			dispatch.accept(this.waiting.poll());
		}
		if (this.paused && this.waiting.isEmpty()) {
			this.paused = false;
			ctx.channel().config().setAutoRead(ctx.channel().isWritable());
		}
	}

	/** One running query's slot; releasing it more than once has no effect. */
	static final class Slot {

		private final AtomicBoolean held = new AtomicBoolean(true);

		private final Runnable onRelease;

		private Slot(Runnable onRelease) {
			this.onRelease = onRelease;
		}

		void release() {
			if (this.held.compareAndSet(true, false)) {
				this.onRelease.run();
			}
		}

	}

}
