package io.quire.spring.boot.autoconfigure.metrics;

import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.quire.driver.pool.ConnectionPool;
import io.quire.driver.pool.PoolMetrics;

/**
 * {@link MeterBinder} for one Quire {@link ConnectionPool}, named after Micrometer's
 * conventions (lower-case dotted names without units, the unit as base unit, time as time
 * meters): gauges {@code quire.pool.active}, {@code .idle}, {@code .allocated} and
 * {@code .max} (base unit connections) and {@code quire.pool.pending} (requests), the
 * function timer {@code quire.pool.acquire} with the longest wait as the time gauge
 * {@code quire.pool.acquire.max}, and the function counter
 * {@code quire.pool.acquire.timeouts} (requests); every meter tagged
 * {@code name=<bean name>}.
 */
public class QuireConnectionPoolMetrics implements MeterBinder {

	private static final String REQUESTS = "requests";

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
		gauge(registry, "active", "Connections lent out", BaseUnits.CONNECTIONS, metrics, PoolMetrics::activeCount);
		gauge(registry, "loans", "Callers holding a connection, several per connection with max-in-flight above 1",
				REQUESTS, metrics, PoolMetrics::loanCount);
		gauge(registry, "idle", "Connections waiting in the pool", BaseUnits.CONNECTIONS, metrics,
				PoolMetrics::idleCount);
		gauge(registry, "pending", "Requests waiting for a connection", REQUESTS, metrics, PoolMetrics::pendingCount);
		gauge(registry, "allocated", "Connections held, lent, idle or being opened", BaseUnits.CONNECTIONS, metrics,
				PoolMetrics::allocatedCount);
		gauge(registry, "max", "Most connections the pool may hold", BaseUnits.CONNECTIONS, metrics,
				PoolMetrics::maxSize);
		FunctionTimer
			.builder("quire.pool.acquire", metrics, PoolMetrics::acquiredCount, (m) -> m.totalAcquireTime().toNanos(),
					TimeUnit.NANOSECONDS)
			.description("Time spent acquiring a connection")
			.tags(this.tags)
			.register(registry);
		TimeGauge.builder("quire.pool.acquire.max", metrics, TimeUnit.NANOSECONDS, (m) -> m.maxAcquireTime().toNanos())
			.description("Longest single acquisition")
			.tags(this.tags)
			.register(registry);
		FunctionCounter.builder("quire.pool.acquire.timeouts", metrics, PoolMetrics::acquireTimeoutCount)
			.description("Acquisitions that timed out")
			.baseUnit(REQUESTS)
			.tags(this.tags)
			.register(registry);
	}

	private void gauge(MeterRegistry registry, String name, String description, String baseUnit, PoolMetrics metrics,
			ToIntFunction<PoolMetrics> value) {
		Gauge.builder("quire.pool." + name, metrics, (m) -> value.applyAsInt(m))
			.description(description)
			.baseUnit(baseUnit)
			.tags(this.tags)
			.register(registry);
	}

}
