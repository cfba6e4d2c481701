package io.quire.driver.internal;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A cursor over the batches of one query that is not a changefeed: CONTINUE is bound by
 * the network timeout, and a failure is thrown once.
 */
final class DefaultCursor<T> extends BatchCursor<T> {

	DefaultCursor(QueryExchange exchange, Response first, Function<@Nullable Object, T> mapper) {
		super(exchange, first, mapper);
	}

	@Override
	CompletableFuture<Response> fetchMore() {
		return this.exchange.fetchMore();
	}

	@Override
	String endedMessage() {
		return "The cursor has no more rows";
	}

	@Override
	public boolean isFeed() {
		return false;
	}

}
