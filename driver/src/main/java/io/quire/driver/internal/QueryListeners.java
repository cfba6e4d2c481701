package io.quire.driver.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import io.quire.driver.HostAndPort;
import io.quire.driver.QueryEvent;
import io.quire.driver.QueryListener;
import io.quire.driver.RunOptions;
import io.quire.driver.query.ReqlAst;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link QueryListener}s of a connection's options, told about each query around the
 * future that runs it. A listener that throws is logged and skipped; with no listeners a
 * query is not even described.
 */
final class QueryListeners {

	private static final Logger logger = LoggerFactory.getLogger(QueryListeners.class);

	private final List<QueryListener> listeners;

	QueryListeners(List<QueryListener> listeners) {
		this.listeners = List.copyOf(listeners);
	}

	<R> CompletableFuture<R> observe(ReqlAst query, String database, RunOptions options, HostAndPort server,
			Supplier<CompletableFuture<R>> call) {
		if (this.listeners.isEmpty()) {
			return call.get();
		}
		QueryEvent event = QueryDescriber.describe(query, database, options, server);
		before(event);
		CompletableFuture<R> result;
		try {
			result = call.get();
		}
		catch (RuntimeException ex) {
			after(event, ex);
			throw ex;
		}
		return result.whenComplete((value, error) -> after(event, (error != null) ? Futures.unwrap(error) : null));
	}

	private void before(QueryEvent event) {
		for (QueryListener listener : this.listeners) {
			try {
				listener.beforeQuery(event);
			}
			catch (RuntimeException ex) {
				logger.warn("Query listener {} failed before a query", listener, ex);
			}
		}
	}

	private void after(QueryEvent event, @Nullable Throwable error) {
		for (int i = this.listeners.size() - 1; i >= 0; i--) {
			QueryListener listener = this.listeners.get(i);
			try {
				listener.afterQuery(event, error);
			}
			catch (RuntimeException ex) {
				logger.warn("Query listener {} failed after a query", listener, ex);
			}
		}
	}

}
