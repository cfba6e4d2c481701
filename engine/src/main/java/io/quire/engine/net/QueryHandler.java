package io.quire.engine.net;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.quire.engine.QueryException;
import io.quire.engine.query.QueryResult;
import io.quire.engine.query.ResultStream;
import io.quire.protocol.ErrorType;
import io.quire.protocol.QueryType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one connection's queries on the worker threads, never on the event loop. Many queries may
 * be in flight at once; each is answered on its token as it finishes. Keeps the connection's
 * cursors, answers NOREPLY_WAIT once earlier noreply queries are done, and closes every cursor
 * when the connection closes.
 */
final class QueryHandler extends SimpleChannelInboundHandler<Query> {

	private static final Logger logger = LoggerFactory.getLogger(QueryHandler.class);

	private final ClientConnection connection;

	private final ServerContext context;

	private final Set<CompletableFuture<Void>> pendingNoreply = ConcurrentHashMap.newKeySet();

	QueryHandler(ClientConnection connection, ServerContext context) {
		this.connection = connection;
		this.context = context;
	}

	@Override
	protected void channelRead0(ChannelHandlerContext ctx, Query query) {
		if (query instanceof Query.Invalid invalid) {
			ctx.writeAndFlush(Response.error(invalid.token(), invalid.error()));
			return;
		}
		Query.Valid valid = (Query.Valid) query;
		switch (valid.type()) {
			case START -> start(ctx, valid);
			case CONTINUE -> continueStream(ctx, valid);
			case STOP -> stop(ctx, valid);
			case NOREPLY_WAIT -> noreplyWait(ctx, valid);
			case SERVER_INFO -> serverInfo(ctx, valid);
		}
	}

	@Override
	public void channelInactive(ChannelHandlerContext ctx) throws Exception {
		for (Cursor cursor : this.connection.close()) {
			runOrClose(cursor);
		}
		super.channelInactive(ctx);
	}

	private void start(ChannelHandlerContext ctx, Query.Valid query) {
		if (this.context.draining().get()) {
			answer(ctx, query, QueryKinds.of(query.term()), shuttingDown(query.token()));
			return;
		}
		CompletableFuture<Void> done = query.noreply() ? trackNoreply() : CompletableFuture.completedFuture(null);
		submit(ctx, query, QueryKinds.of(query.term()), () -> evaluate(query), done);
	}

	private void continueStream(ChannelHandlerContext ctx, Query.Valid query) {
		Cursor cursor = this.connection.cursor(query.token());
		if (cursor == null) {
			QueryException error = QueryException.client("Token " + query.token() + " not in stream cache.");
			answer(ctx, query, QueryType.CONTINUE.name(), Response.error(query.token(), error));
			return;
		}
		submit(ctx, query, QueryType.CONTINUE.name(), () -> nextBatch(query.token(), cursor, null),
				CompletableFuture.completedFuture(null));
	}

	private void stop(ChannelHandlerContext ctx, Query.Valid query) {
		Cursor cursor = this.connection.removeCursor(query.token());
		submit(ctx, query, QueryType.STOP.name(), () -> {
			if (cursor != null) {
				cursor.close();
			}
			return Response.batch(query.token(), List.of(), true, (cursor != null) ? cursor.notes() : List.of(), null);
		}, CompletableFuture.completedFuture(null));
	}

	private void noreplyWait(ChannelHandlerContext ctx, Query.Valid query) {
		this.context.statistics().started();
		CompletableFuture<?>[] earlier = this.pendingNoreply.toArray(new CompletableFuture<?>[0]);
		CompletableFuture.allOf(earlier)
			.whenComplete((ignored, ex) -> finish(ctx, query, QueryType.NOREPLY_WAIT.name(),
					Response.waitComplete(query.token())));
	}

	private void serverInfo(ChannelHandlerContext ctx, Query.Valid query) {
		answer(ctx, query, QueryType.SERVER_INFO.name(), Response.serverInfo(query.token(), this.context.serverInfo()));
	}

	private CompletableFuture<Void> trackNoreply() {
		CompletableFuture<Void> done = new CompletableFuture<>();
		this.pendingNoreply.add(done);
		done.whenComplete((ignored, ex) -> this.pendingNoreply.remove(done));
		return done;
	}

	private void submit(ChannelHandlerContext ctx, Query.Valid query, String kind, Work work,
			CompletableFuture<Void> done) {
		this.context.statistics().started();
		try {
			this.context.workers().execute(() -> run(ctx, query, kind, work, done));
		}
		catch (RejectedExecutionException ex) {
			finish(ctx, query, kind, shuttingDown(query.token()));
			done.complete(null);
		}
	}

	private void run(ChannelHandlerContext ctx, Query.Valid query, String kind, Work work,
			CompletableFuture<Void> done) {
		Response response = null;
		try {
			response = work.run();
		}
		catch (QueryException ex) {
			response = Response.error(query.token(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			response = shuttingDown(query.token());
		}
		catch (StackOverflowError ex) {
			response = Response.error(query.token(), QueryException.resourceLimit("Query is nested too deeply."));
		}
		catch (RuntimeException ex) {
			logger.warn("Query on token {} of connection {} failed", query.token(), this.connection.id(), ex);
			response = Response.error(query.token(), QueryException.runtime(ErrorType.INTERNAL, String.valueOf(ex)));
		}
		finally {
			done.complete(null);
			finish(ctx, query, kind, (response != null) ? response : shuttingDown(query.token()));
		}
	}

	private Response evaluate(Query.Valid query) throws InterruptedException {
		QueryResult result = this.context.runner().run(this.connection.session(), query.term(), query.globalOptargs());
		if (result instanceof QueryResult.Sequence sequence) {
			return query.noreply() ? discard(query.token(), sequence) : firstBatch(query.token(), sequence);
		}
		QueryResult.Atom atom = (QueryResult.Atom) result;
		return Response.atom(query.token(), atom.value(), atom.profile());
	}

	private Response firstBatch(long token, QueryResult.Sequence sequence) throws InterruptedException {
		this.context.statistics().cursorOpened();
		Cursor cursor = new Cursor(sequence.stream(), sequence.profile(), this.context.statistics()::cursorClosed);
		Response response = nextBatch(token, cursor, sequence.profile());
		if (!isLast(response) && !this.connection.addCursor(token, cursor)) {
			cursor.close();
		}
		return response;
	}

	private Response nextBatch(long token, Cursor cursor, Object profile) throws InterruptedException {
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
		this.connection.removeCursor(token);
		cursor.close();
	}

	private static Response discard(long token, QueryResult.Sequence sequence) {
		sequence.stream().close();
		return Response.atom(token, null, null);
	}

	private void answer(ChannelHandlerContext ctx, Query.Valid query, String kind, Response response) {
		this.context.statistics().started();
		finish(ctx, query, kind, response);
	}

	private void finish(ChannelHandlerContext ctx, Query.Valid query, String kind, Response response) {
		if (!query.noreply()) {
			ctx.writeAndFlush(response);
		}
		this.context.statistics().finished(kind, query.receivedNanos(), response.isError());
	}

	private void runOrClose(Cursor cursor) {
		try {
			this.context.workers().execute(cursor::close);
		}
		catch (RejectedExecutionException ex) {
			cursor.close();
		}
	}

	private static boolean isLast(Response response) {
		return response.type() != io.quire.protocol.ResponseType.SUCCESS_PARTIAL;
	}

	private static Response shuttingDown(long token) {
		return Response.error(token, QueryException.opFailed("The server is shutting down."));
	}

	/** The work of one query on a worker thread. */
	@FunctionalInterface
	private interface Work {

		Response run() throws InterruptedException;

	}

}
