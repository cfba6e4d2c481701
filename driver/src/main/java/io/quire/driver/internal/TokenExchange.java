package io.quire.driver.internal;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.quire.driver.Cursor;
import org.jspecify.annotations.Nullable;

/**
 * CONTINUE and STOP for one token, on the channel its query started on; a cursor that
 * reads through it leaves its connection's open cursors when it finishes.
 */
final class TokenExchange implements QueryExchange {

	private final ConnectionChannel channel;

	private final long token;

	private final Set<Cursor<?>> openCursors;

	private @Nullable Cursor<?> cursor;

	TokenExchange(ConnectionChannel channel, long token, Set<Cursor<?>> openCursors) {
		this.channel = channel;
		this.token = token;
		this.openCursors = openCursors;
	}

	/** Counts the cursor among the open ones until it finishes. */
	void track(Cursor<?> cursor) {
		this.cursor = cursor;
		this.openCursors.add(cursor);
	}

	@Override
	public CompletableFuture<Response> fetchMore() {
		return this.channel.send(this.token, QueryJson.CONTINUE).thenApply(TokenExchange::checked);
	}

	@Override
	public CompletableFuture<Response> fetchMoreWithoutTimeout() {
		return this.channel.sendWithoutTimeout(this.token, QueryJson.CONTINUE).thenApply(TokenExchange::checked);
	}

	private static Response checked(Response response) {
		if (response.type().isError()) {
			throw ExceptionFactory.of(response, null);
		}
		return response;
	}

	@Override
	public void checkMayBlock() {
		this.channel.checkMayBlock();
	}

	@Override
	public void finish(boolean stop) {
		if (this.cursor != null) {
			this.openCursors.remove(this.cursor);
		}
		if (stop && this.channel.isActive()) {
			this.channel.send(this.token, QueryJson.STOP);
		}
	}

}
