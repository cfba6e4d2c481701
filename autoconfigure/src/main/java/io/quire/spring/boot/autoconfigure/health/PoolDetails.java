package io.quire.spring.boot.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quire.driver.ConnectionFactory;
import io.quire.driver.pool.ConnectionPool;
import io.quire.driver.pool.PoolMetrics;

/**
 * The pool figures shown in a health report: how many connections are lent, idle and
 * waited for, out of how many at most.
 */
final class PoolDetails {

	private PoolDetails() {
	}

	static void add(ConnectionFactory connectionFactory, Map<String, Object> details) {
		if (connectionFactory instanceof ConnectionPool pool) {
			PoolMetrics metrics = pool.metrics();
			Map<String, Object> figures = new LinkedHashMap<>();
			figures.put("active", metrics.activeCount());
			figures.put("idle", metrics.idleCount());
			figures.put("pending", metrics.pendingCount());
			figures.put("max", metrics.maxSize());
			details.put("pool", figures);
		}
	}

}
