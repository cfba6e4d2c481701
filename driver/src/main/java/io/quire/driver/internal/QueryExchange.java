package io.quire.driver.internal;

import java.util.concurrent.CompletableFuture;

/**
 * The conversation of one query token after its first response: asking for more rows and
 * stopping. Implemented by the connection that ran the query.
 */
interface QueryExchange {

	/** Send CONTINUE and give the next batch (or fail with the server's error). */
	CompletableFuture<Response> fetchMore();

	/**
	 * CONTINUE for a changefeed: its answer waits for a change, so no network timeout
	 * applies.
	 */
	default CompletableFuture<Response> fetchMoreWithoutTimeout() {
		return fetchMore();
	}

	/**
	 * Fail if the calling thread must not wait for the network (a Netty event loop
	 * thread).
	 * @throws IllegalStateException on such a thread
	 */
	default void checkMayBlock() {
	}

	/** The cursor is done with the token; send STOP when the result was not complete. */
	void finish(boolean stop);

}
