package io.quire.engine.net;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import io.quire.engine.query.QueryRunner;

/**
 * What every connection's query handler shares: the evaluator, the worker threads it runs on,
 * the statistics, the SERVER_INFO answer, and whether the server is shutting down.
 */
record ServerContext(QueryRunner runner, ExecutorService workers, QueryStatistics statistics,
		Map<String, Object> serverInfo, AtomicBoolean draining) {
}
