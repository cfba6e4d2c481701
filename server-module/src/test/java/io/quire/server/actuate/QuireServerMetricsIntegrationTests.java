package io.quire.server.actuate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The storage meters of {@link QuireServerMetrics} over an embedded server on loopback.
 */
class QuireServerMetricsIntegrationTests {

	@TempDir
	Path directory;

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private QuireServer server;

	private QuireServerMetrics metrics;

	@AfterEach
	void stop() {
		this.metrics.close();
		this.server.close();
	}

	@Test
	void walSyncMetersShouldCountDurableWritesAndTheirSyncs() {
		start(QuireServer.builder().port(0).dataDirectory(this.directory));
		double syncsBefore = counter("quire.storage.wal.syncs");
		double writesBefore = counter("quire.storage.wal.synced.writes");
		for (int i = 0; i < 5; i++) {
			this.server.engine().catalog().putSystemValue("metrics/probe" + i, "x".getBytes(StandardCharsets.UTF_8));
		}
		double syncs = counter("quire.storage.wal.syncs") - syncsBefore;
		assertThat(counter("quire.storage.wal.synced.writes") - writesBefore).isEqualTo(5);
		assertThat(syncs).isBetween(1.0, 5.0);
	}

	@Test
	void walSyncMetersShouldStayZeroInMemory() {
		start(QuireServer.builder().port(0).inMemory());
		this.server.engine().catalog().putSystemValue("metrics/probe", "x".getBytes(StandardCharsets.UTF_8));
		assertThat(counter("quire.storage.wal.syncs")).isZero();
		assertThat(counter("quire.storage.wal.synced.writes")).isZero();
	}

	private void start(QuireServer.Builder builder) {
		this.server = builder.build();
		this.server.start();
		this.metrics = new QuireServerMetrics(this.server, new AdvancingClock());
		this.metrics.bindTo(this.registry);
	}

	private double counter(String name) {
		FunctionCounter counter = this.registry.get(name).functionCounter();
		return counter.count();
	}

	/** A clock a minute later at every reading, so that no snapshot is reused. */
	private static final class AdvancingClock extends Clock {

		private Instant now = Instant.EPOCH;

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public synchronized Instant instant() {
			this.now = this.now.plus(Duration.ofMinutes(1));
			return this.now;
		}

	}

}
