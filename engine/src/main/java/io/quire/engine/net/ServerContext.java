package io.quire.engine.net;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.quire.engine.FatalErrorHandler;
import io.quire.engine.query.QueryRunner;
import io.quire.engine.query.RunningQueries;

/**
 * What every connection's query handler shares: the evaluator, the bounded worker pool it
 * runs on, the threads that wait for changefeed batches (a feed may wait for ever, so it
 * must not hold a worker), the statistics, the SERVER_INFO answer (built for each ask, so
 * that it tells the live name), whether the server is shutting down, the running queries
 * (to cancel them) and who is told of a fatal error.
 */
record ServerContext(QueryRunner runner, ExecutorService workers, ExecutorService feedWaiters,
		QueryStatistics statistics, Supplier<Map<String, Object>> serverInfo, AtomicBoolean draining,
		RunningQueries runningQueries, FatalErrorHandler fatalErrors) {

	ServerContext(QueryRunner runner, ExecutorService workers, ExecutorService feedWaiters, QueryStatistics statistics,
			Map<String, Object> serverInfo, AtomicBoolean draining) {
		this(runner, workers, feedWaiters, statistics, () -> serverInfo, draining, new RunningQueries(), (error) -> {
		});
	}

}
