package io.quire.server.actuate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.quire.engine.QuireServer;
import io.quire.engine.ServerMetrics;
import io.quire.engine.ServerMetrics.TableMetrics;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Engine meters: open connections, running queries and open cursors as gauges; accepted
 * connections, write-ahead log syncs and the durable writes they carried as counters
 * (their ratio says how many writers share a sync; both stay 0 in memory); and per table
 * ({@code db} and {@code table} tags) the document count and approximate size. Table
 * gauges follow tables as they are created and dropped: they are refreshed every
 * {@link #TABLE_REFRESH_INTERVAL} and by {@link #refreshTables()}. Reads share one engine
 * snapshot per {@link #SNAPSHOT_MAX_AGE}, so a scrape costs one call.
 */
public class QuireServerMetrics implements MeterBinder, AutoCloseable {

	static final Duration TABLE_REFRESH_INTERVAL = Duration.ofSeconds(10);

	static final Duration SNAPSHOT_MAX_AGE = Duration.ofSeconds(1);

	private static final Log logger = LogFactory.getLog(QuireServerMetrics.class);

	private static final ServerMetrics EMPTY = new ServerMetrics(0, 0, 0, 0, Map.of(), List.of(), 0, 0);

	private final QuireServer server;

	private final Clock clock;

	private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "quire-metrics");
		thread.setDaemon(true);
		return thread;
	});

	private volatile ServerMetrics snapshot = EMPTY;

	private volatile Instant snapshotTakenAt = Instant.EPOCH;

	private volatile @Nullable MultiGauge tableDocuments;

	private volatile @Nullable MultiGauge tableSizes;

	public QuireServerMetrics(QuireServer server, Clock clock) {
		this.server = server;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		gauge(registry, "quire.connections.open", "Open client connections", BaseUnits.CONNECTIONS,
				ServerMetrics::openConnections);
		gauge(registry, "quire.queries.running", "Queries being evaluated", null, ServerMetrics::runningQueries);
		gauge(registry, "quire.cursors.open", "Open server-side cursors", null, ServerMetrics::openCursors);
		counter(registry, "quire.connections.accepted", "Client connections accepted since start",
				BaseUnits.CONNECTIONS, ServerMetrics::totalConnections);
		counter(registry, "quire.storage.wal.syncs", "Write-ahead log syncs since start", null,
				ServerMetrics::walSyncs);
		counter(registry, "quire.storage.wal.synced.writes", "Durable writes acknowledged by write-ahead log syncs",
				null, ServerMetrics::syncedWrites);
		bindTableGauges(registry);
	}

	private void bindTableGauges(MeterRegistry registry) {
		this.tableDocuments = MultiGauge.builder("quire.table.documents")
			.description("Documents in a table")
			.register(registry);
		this.tableSizes = MultiGauge.builder("quire.table.size")
			.description("Approximate size of a table on disk")
			.baseUnit(BaseUnits.BYTES)
			.register(registry);
		long interval = TABLE_REFRESH_INTERVAL.toMillis();
		this.refresher.scheduleWithFixedDelay(this::refreshTablesQuietly, 0, interval, TimeUnit.MILLISECONDS);
	}

	private void gauge(MeterRegistry registry, String name, String description, @Nullable String unit,
			ToDoubleFunction<ServerMetrics> value) {
		Gauge.builder(name, this, (metrics) -> value.applyAsDouble(metrics.current()))
			.description(description)
			.baseUnit(unit)
			.strongReference(true)
			.register(registry);
	}

	private void counter(MeterRegistry registry, String name, String description, @Nullable String unit,
			ToLongFunction<ServerMetrics> value) {
		FunctionCounter.builder(name, this, (metrics) -> value.applyAsLong(metrics.current()))
			.description(description)
			.baseUnit(unit)
			.register(registry);
	}

	/**
	 * Registers a gauge pair for every table that exists now and removes those of dropped
	 * tables.
	 */
	public void refreshTables() {
		MultiGauge documents = this.tableDocuments;
		MultiGauge sizes = this.tableSizes;
		if (documents == null || sizes == null) {
			return;
		}
		List<TableMetrics> tables = takeSnapshot(this.clock.instant()).tables();
		documents.register(tables.stream().map((table) -> row(table, table.documents())).toList(), true);
		sizes.register(tables.stream().map((table) -> row(table, table.approximateBytes())).toList(), true);
	}

	private void refreshTablesQuietly() {
		try {
			refreshTables();
		}
		catch (RuntimeException ex) {
			logger.debug("Cannot refresh the table meters", ex);
		}
	}

	private static MultiGauge.Row<?> row(TableMetrics table, long value) {
		return MultiGauge.Row.of(Tags.of("db", table.database(), "table", table.table()), value);
	}

	private ServerMetrics current() {
		Instant now = this.clock.instant();
		if (Duration.between(this.snapshotTakenAt, now).compareTo(SNAPSHOT_MAX_AGE) >= 0) {
			return takeSnapshot(now);
		}
		return this.snapshot;
	}

	private ServerMetrics takeSnapshot(Instant now) {
		ServerMetrics metrics = this.server.isRunning() ? this.server.metrics() : EMPTY;
		this.snapshot = metrics;
		this.snapshotTakenAt = now;
		return metrics;
	}

	@Override
	public void close() {
		this.refresher.shutdownNow();
	}

}
