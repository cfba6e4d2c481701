package io.quire.driver.internal;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import io.quire.driver.QuireException;
import io.quire.driver.query.ReqlAst;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code retry_reads}: a read-only query (see {@link ReadOnlyQueries}) that failed with a
 * retryable exception runs once more, after the connection was told to re-route. The
 * first failure is kept as a suppressed exception of a second one.
 */
final class ReadRetry {

	private static final Logger logger = LoggerFactory.getLogger(ReadRetry.class);

	private ReadRetry() {
	}

	/**
	 * @param enabled whether {@code retry_reads} is on
	 * @param reroute makes the next attempt open a new socket
	 * @param call runs the query once
	 */
	static <R> CompletableFuture<R> run(boolean enabled, ReqlAst query, Runnable reroute,
			Supplier<CompletableFuture<R>> call) {
		if (!enabled || !ReadOnlyQueries.isReadOnly(query)) {
			return call.get();
		}
		return call.get().exceptionallyCompose((failure) -> again(Futures.unwrap(failure), reroute, call));
	}

	private static <R> CompletableFuture<R> again(Throwable failure, Runnable reroute,
			Supplier<CompletableFuture<R>> call) {
		if (!(failure instanceof QuireException quire) || !quire.isRetryable()) {
			return CompletableFuture.failedFuture(failure);
		}
		logger.debug("Retrying a read (retry_reads) after: {}", failure.getMessage());
		reroute.run();
		return call.get().whenComplete((result, second) -> {
			if (second != null && Futures.unwrap(second) != failure) {
				Futures.unwrap(second).addSuppressed(failure);
			}
		});
	}

}
