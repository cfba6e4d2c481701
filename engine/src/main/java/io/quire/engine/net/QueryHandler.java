package io.quire.engine.net;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.SimpleChannelInboundHandler;
import io.quire.engine.FatalErrorHandler;
import io.quire.engine.QueryException;
import io.quire.engine.query.QueryResult;
import io.quire.engine.query.ResultStream;
import io.quire.engine.query.RunningQueries;
import io.quire.engine.term.Cancellation;
import io.quire.protocol.QueryType;
import io.quire.protocol.ResponseNote;
import org.jspecify.annotations.Nullable;

/**
 * Runs one connection's queries on the worker threads, except those the runner says
 * cannot block (point reads, small constants), which run at once on the event loop. Many
 * queries may be in flight at once; each is answered on its token as it finishes. Keeps
 * the connection's cursors (a changefeed's batches wait on their own threads), answers
 * NOREPLY_WAIT once earlier noreply queries are done, stops reading while the client does
 * not read its responses or while {@link QueryThrottle#MAX_CONCURRENT_QUERIES} queries
 * run, refuses a START on a token still in use, and closes every cursor when the
 * connection closes. Every START is registered in the {@link RunningQueries} until its
 * last answer: a STOP or the closing connection cancels it there, so its evaluation ends
 * and gives its worker back. Answers written on the event loop while it reads a batch of
 * queries are flushed once, when the batch is read.
 */
final class QueryHandler extends SimpleChannelInboundHandler<Query> {

	private static final CompletableFuture<Void> NOTHING_TO_TRACK = CompletableFuture.completedFuture(null);

	private final ClientConnection connection;

	private final ServerContext context;

	private final Set<CompletableFuture<Void>> pendingNoreply = ConcurrentHashMap.newKeySet();

	private final Set<Long> startsRunning = ConcurrentHashMap.newKeySet();

	private final QueryThrottle throttle = new QueryThrottle(QueryThrottle.MAX_CONCURRENT_QUERIES);

	/**
	 * Event loop only: inside a read batch, answers are written but flushed at its end.
	 */
	private boolean reading;

	private boolean unflushed;

	QueryHandler(ClientConnection connection, ServerContext context) {
		this.connection = connection;
		this.context = context;
	}

	@Override
	protected void channelRead0(ChannelHandlerContext ctx, Query query) {
		this.reading = true;
		if (query instanceof Query.Invalid invalid) {
			ctx.writeAndFlush(Response.error(invalid.token(), invalid.error()));
			return;
		}
		this.throttle.admit(ctx, (Query.Valid) query, (admitted) -> dispatch(ctx, admitted));
	}

	private void dispatch(ChannelHandlerContext ctx, Query.Valid valid) {
		switch (valid.type()) {
			case START -> start(ctx, valid);
			case CONTINUE -> continueStream(ctx, valid);
			case STOP -> stop(ctx, valid);
			case NOREPLY_WAIT -> noreplyWait(ctx, valid);
			case SERVER_INFO -> answer(ctx, valid, QueryType.SERVER_INFO.name(),
					Response.serverInfo(valid.token(), this.context.serverInfo().get()));
		}
	}

	@Override
	public void channelReadComplete(ChannelHandlerContext ctx) throws Exception {
		this.reading = false;
		if (this.unflushed) {
			this.unflushed = false;
			ctx.flush();
		}
		super.channelReadComplete(ctx);
	}

	/**
	 * Stops reading queries while the client does not read its responses, and resumes
	 * when it does.
	 */
	@Override
	public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
		ctx.channel().config().setAutoRead(ctx.channel().isWritable() && !this.throttle.isPaused());
		super.channelWritabilityChanged(ctx);
	}

	@Override
	public void channelInactive(ChannelHandlerContext ctx) throws Exception {
		this.context.runningQueries().cancelConnection(this.connection.id(), Cancellation.Reason.CONNECTION_CLOSED);
		for (Cursor cursor : this.connection.close()) {
			closeLater(cursor);
		}
		super.channelInactive(ctx);
	}

	private void start(ChannelHandlerContext ctx, Query.Valid query) {
		String kind = QueryKinds.of(query.term());
		if (this.context.draining().get()) {
			answer(ctx, query, kind, ErrorResponses.shuttingDown(query.token()));
		}
		else if (this.startsRunning.contains(query.token()) || this.connection.cursor(query.token()) != null) {
			answer(ctx, query, kind, Response.error(query.token(),
					QueryException.client("Token " + query.token() + " is already in use.")));
		}
		else {
			Cancellation cancellation = this.context.runningQueries()
				.start(this.connection.session(), query.token(), query.term());
			CompletableFuture<Void> done = trackRunning(query);
			done.whenComplete((ignored, ex) -> endUnlessCursor(query.token(), cancellation));
			boolean inline = query.term() != null
					&& this.context.runner().cannotBlock(query.term(), query.globalOptargs());
			submit(ctx, query, kind, (slot) -> answerStopped(query.token(), cancellation,
					respond(query.token(), (held) -> evaluate(query, cancellation, held), slot)), done, inline);
		}
	}

	/**
	 * A query answered without a cursor is no longer running; a cursor ends it on close.
	 */
	private void endUnlessCursor(long token, Cancellation cancellation) {
		Cursor cursor = this.connection.cursor(token);
		if (cursor == null || cursor.cancellation() != cancellation) {
			this.context.runningQueries().end(this.connection.id(), token, cancellation);
		}
	}

	/**
	 * A query that a STOP cancelled answers an empty sequence, as in RethinkDB, whatever
	 * error its evaluation stopped with.
	 */
	private static CompletableFuture<Response> answerStopped(long token, Cancellation cancellation,
			CompletableFuture<Response> response) {
		return response.thenApply((answer) -> (answer.isError() && cancellation.reason() == Cancellation.Reason.STOP)
				? Response.batch(token, List.of(), true, List.of(), null) : answer);
	}

	/**
	 * Holds the START's token until its first answer is written, so that it cannot be
	 * reused meanwhile.
	 */
	private CompletableFuture<Void> trackRunning(Query.Valid query) {
		long token = query.token();
		this.startsRunning.add(token);
		CompletableFuture<Void> done = query.noreply() ? trackNoreply() : new CompletableFuture<>();
		done.whenComplete((ignored, ex) -> this.startsRunning.remove(token));
		return done;
	}

	private void continueStream(ChannelHandlerContext ctx, Query.Valid query) {
		Cursor cursor = this.connection.cursor(query.token());
		if (cursor == null) {
			QueryException error = QueryException.client("Token " + query.token() + " not in stream cache.");
			answer(ctx, query, QueryType.CONTINUE.name(), Response.error(query.token(), error));
			return;
		}
		submit(ctx, query, QueryType.CONTINUE.name(),
				(slot) -> answerStopped(query.token(), cursor.cancellation(),
						respond(query.token(), (held) -> batch(query.token(), cursor, null, held), slot)),
				NOTHING_TO_TRACK, false);
	}

	private void stop(ChannelHandlerContext ctx, Query.Valid query) {
		this.context.runningQueries().cancel(this.connection.id(), query.token(), Cancellation.Reason.STOP);
		Cursor cursor = this.connection.removeCursor(query.token());
		submit(ctx, query, QueryType.STOP.name(), (slot) -> {
			List<ResponseNote> notes = List.of();
			if (cursor != null) {
				cursor.close();
				notes = cursor.notes();
			}
			return CompletableFuture.completedFuture(Response.batch(query.token(), List.of(), true, notes, null));
		}, NOTHING_TO_TRACK, false);
	}

	private void noreplyWait(ChannelHandlerContext ctx, Query.Valid query) {
		this.context.statistics().started();
		CompletableFuture<?>[] earlier = this.pendingNoreply.toArray(new CompletableFuture<?>[0]);
		CompletableFuture.allOf(earlier)
			.whenComplete((ignored, ex) -> finish(ctx, query, QueryType.NOREPLY_WAIT.name(),
					Response.waitComplete(query.token())));
	}

	private CompletableFuture<Void> trackNoreply() {
		CompletableFuture<Void> done = new CompletableFuture<>();
		this.pendingNoreply.add(done);
		done.whenComplete((ignored, ex) -> this.pendingNoreply.remove(done));
		return done;
	}

	/**
	 * Runs the work on a worker, or here on the event loop when it cannot block, and
	 * answers once it is done.
	 */
	private void submit(ChannelHandlerContext ctx, Query.Valid query, String kind, Work work,
			CompletableFuture<Void> done, boolean inline) {
		this.context.statistics().started();
		QueryThrottle.Slot slot = this.throttle.acquire(ctx, (admitted) -> dispatch(ctx, admitted));
		Runnable task = () -> respond(query.token(), work, slot).whenComplete((response, ex) -> {
			slot.release();
			done.complete(null);
			finish(ctx, query, kind, (response != null) ? response : ErrorResponses.of(query.token(), ex));
		});
		try {
			if (inline) {
				task.run();
			}
			else {
				this.context.workers().execute(task);
			}
		}
		catch (RejectedExecutionException ex) {
			slot.release();
			done.complete(null);
			finish(ctx, query, kind, ErrorResponses.shuttingDown(query.token()));
		}
	}

	/**
	 * Runs the work, turning any failure into the error response for the token; whatever
	 * it throws, the query is answered and the worker lives on. A fatal error is then
	 * reported, so that the server stops cleanly.
	 */
	private CompletableFuture<Response> respond(long token, Work work, QueryThrottle.Slot slot) {
		try {
			return work.run(slot);
		}
		catch (Throwable ex) {
			if (FatalErrorHandler.isFatal(ex)) {
				this.context.fatalErrors().onFatalError(ex);
			}
			return CompletableFuture.completedFuture(ErrorResponses.of(token, ex));
		}
	}

	private CompletableFuture<Response> evaluate(Query.Valid query, Cancellation cancellation, QueryThrottle.Slot slot)
			throws InterruptedException {
		QueryResult result;
		try (Cancellation.Scope scope = cancellation.enter()) {
			result = this.context.runner().run(this.connection.session(), query.term(), query.globalOptargs());
		}
		if (result instanceof QueryResult.Sequence sequence) {
			return query.noreply() ? discard(query.token(), sequence)
					: firstBatch(query.token(), sequence, cancellation, slot);
		}
		QueryResult.Atom atom = (QueryResult.Atom) result;
		return CompletableFuture.completedFuture(Response.atom(query.token(), atom.value(), atom.profile()));
	}

	/**
	 * Keeps the cursor before its first batch, so a closing connection or server can stop
	 * a waiting feed.
	 */
	private CompletableFuture<Response> firstBatch(long token, QueryResult.Sequence sequence, Cancellation cancellation,
			QueryThrottle.Slot slot) throws InterruptedException {
		this.context.statistics().cursorOpened();
		Cursor cursor = new Cursor(sequence.stream(), cancellation, () -> {
			this.context.statistics().cursorClosed();
			this.context.runningQueries().end(this.connection.id(), token, cancellation);
		});
		if (!this.connection.addCursor(token, cursor)) {
			cursor.close();
			return CompletableFuture.completedFuture(ErrorResponses.shuttingDown(token));
		}
		return batch(token, cursor, sequence.profile(), slot);
	}

	/**
	 * The next batch: at once on this worker, or on a feed waiter for a changefeed, which
	 * gives its slot back since it may wait for ever.
	 */
	private CompletableFuture<Response> batch(long token, Cursor cursor, @Nullable Object profile,
			QueryThrottle.Slot slot) throws InterruptedException {
		if (!cursor.isFeed()) {
			return CompletableFuture.completedFuture(nextBatch(token, cursor, profile));
		}
		slot.release();
		CompletableFuture<Response> later = new CompletableFuture<>();
		this.context.feedWaiters()
			.execute(() -> later.complete(
					respond(token, (none) -> CompletableFuture.completedFuture(nextBatch(token, cursor, profile)), slot)
						.join()));
		return later;
	}

	private Response nextBatch(long token, Cursor cursor, @Nullable Object profile) throws InterruptedException {
		try {
			ResultStream.Batch batch = cursor.next();
			if (batch.last()) {
				closeCursor(token, cursor);
			}
			return Response.batch(token, batch.rows(), batch.last(), cursor.notes(), profile);
		}
		catch (RuntimeException | InterruptedException ex) {
			closeCursor(token, cursor);
			throw ex;
		}
	}

	private void closeCursor(long token, Cursor cursor) {
		this.connection.removeCursor(token, cursor);
		cursor.close();
	}

	private static CompletableFuture<Response> discard(long token, QueryResult.Sequence sequence) {
		sequence.stream().close();
		return CompletableFuture.completedFuture(Response.atom(token, null, null));
	}

	private void answer(ChannelHandlerContext ctx, Query.Valid query, String kind, Response response) {
		this.context.statistics().started();
		finish(ctx, query, kind, response);
	}

	/**
	 * Counts the query as answered, writes the answer, then counts it as finished: on the
	 * connection's event loop, before it reads the client's next query, and before a
	 * closing server (which waits for running queries) closes the connection under the
	 * answer.
	 */
	private void finish(ChannelHandlerContext ctx, Query.Valid query, String kind, Response response) {
		QueryStatistics statistics = this.context.statistics();
		statistics.answered(kind, query.receivedNanos(), response.isError());
		if (query.noreply()) {
			statistics.finished();
			return;
		}
		// the listener is on the promise before the write, so that it runs on the event
		// loop as the write completes even when a worker thread writes
		ChannelPromise written = ctx.newPromise();
		written.addListener((done) -> statistics.finished());
		if (ctx.executor().inEventLoop() && this.reading) {
			ctx.write(response, written);
			this.unflushed = true;
		}
		else {
			ctx.writeAndFlush(response, written);
		}
	}

	/** Closes off the event loop: closing waits for a batch being read. */
	private void closeLater(Cursor cursor) {
		try {
			(cursor.isFeed() ? this.context.feedWaiters() : this.context.workers()).execute(cursor::close);
		}
		catch (RejectedExecutionException ex) {
			cursor.close();
		}
	}

	/** The work of one query on a worker thread. */
	@FunctionalInterface
	private interface Work {

		CompletableFuture<Response> run(QueryThrottle.Slot slot) throws InterruptedException;

	}

}
