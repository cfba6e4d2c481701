package io.quire.spring.boot.autoconfigure.metrics;

import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.quire.driver.pool.ConnectionPool;
import io.quire.driver.pool.PoolMetrics;

/**
 * {@link MeterBinder} for one Quire {@link ConnectionPool}: gauges
 * {@code quire.pool.active}, {@code .idle}, {@code .pending}, {@code .allocated} and
 * {@code .max} (base unit connections), the timer {@code quire.pool.acquire} with the
 * longest wait in {@code quire.pool.acquire.max}, and the counter
 * {@code quire.pool.acquire.timeouts}; every meter tagged {@code name=<bean name>}.
 */
public class QuireConnectionPoolMetrics implements MeterBinder {

	private static final String CONNECTIONS = "connections";

	private final ConnectionPool pool;

	private final Tags tags;

	/**
	 * Create a binder.
	 * @param pool the pool to measure
	 * @param name the name tag, usually the pool's bean name
	 * @param tags further tags
	 */
	public QuireConnectionPoolMetrics(ConnectionPool pool, String name, Iterable<Tag> tags) {
		this.pool = pool;
		this.tags = Tags.of(tags).and("name", name);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		PoolMetrics metrics = this.pool.metrics();
		gauge(registry, "active", "Connections lent out", metrics, PoolMetrics::activeCount);
		gauge(registry, "idle", "Connections waiting in the pool", metrics, PoolMetrics::idleCount);
		gauge(registry, "pending", "Callers waiting for a connection", metrics, PoolMetrics::pendingCount);
		gauge(registry, "allocated", "Connections held, lent, idle or being opened", metrics,
				PoolMetrics::allocatedCount);
		gauge(registry, "max", "Most connections the pool may hold", metrics, PoolMetrics::maxSize);
		FunctionTimer
			.builder("quire.pool.acquire", metrics, PoolMetrics::acquiredCount, (m) -> m.totalAcquireTime().toNanos(),
					TimeUnit.NANOSECONDS)
			.description("Time spent acquiring a connection")
			.tags(this.tags)
			.register(registry);
		Gauge.builder("quire.pool.acquire.max", metrics, (m) -> m.maxAcquireTime().toNanos() / 1e9)
			.description("Longest single acquisition")
			.baseUnit("seconds")
			.tags(this.tags)
			.register(registry);
		FunctionCounter.builder("quire.pool.acquire.timeouts", metrics, PoolMetrics::acquireTimeoutCount)
			.description("Acquisitions that timed out")
			.tags(this.tags)
			.register(registry);
	}

	private void gauge(MeterRegistry registry, String name, String description, PoolMetrics metrics,
			ToIntFunction<PoolMetrics> value) {
		Gauge.builder("quire.pool." + name, metrics, (m) -> value.applyAsInt(m))
			.description(description)
			.baseUnit(CONNECTIONS)
			.tags(this.tags)
			.register(registry);
	}

}
