package io.quire.engine.net;

import java.util.concurrent.CompletionException;

import io.quire.engine.QueryException;
import io.quire.protocol.ErrorType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns whatever stopped a query into the error response for its token, so that no
 * failure goes unanswered or reaches the channel.
 */
final class ErrorResponses {

	private static final Logger logger = LoggerFactory.getLogger(ErrorResponses.class);

	private ErrorResponses() {
	}

	static Response of(long token, Throwable failure) {
		if (failure instanceof CompletionException && failure.getCause() != null) {
			return of(token, failure.getCause());
		}
		if (failure instanceof QueryException error) {
			return Response.error(token, error);
		}
		if (failure instanceof InterruptedException) {
			Thread.currentThread().interrupt();
			return shuttingDown(token);
		}
		if (failure instanceof StackOverflowError) {
			return Response.error(token, QueryException.resourceLimit("Query is nested too deeply."));
		}
		logger.warn("Query on token {} failed unexpectedly", token, failure);
		return Response.error(token, QueryException.runtime(ErrorType.INTERNAL, String.valueOf(failure)));
	}

	static Response shuttingDown(long token) {
		return Response.error(token, QueryException.opFailed("The server is shutting down."));
	}

}
