package io.quire.data.core;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import io.quire.data.core.query.Criteria;
import io.quire.data.core.query.QuireQuery;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.pool.ConnectionPool;
import io.quire.driver.pool.PoolOptions;
import io.quire.engine.QuireServer;

import org.springframework.data.annotation.Id;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Flux over a large table reads it batch by batch as requested: the server, which
 * counts the CONTINUE and STOP queries it answers, is asked for a number of batches
 * bounded by the demand, not for the whole table.
 */
class ReactiveBackpressureIntegrationTests {

	private static final int ROWS = 3000;

	private static final Map<String, AtomicLong> answered = new ConcurrentHashMap<>();

	private static QuireServer server;

	private static ConnectionPool pool;

	private static ReactiveQuireTemplate template;

	@BeforeAll
	static void fillLargeTable() {
		server = QuireServer.builder()
			.port(0)
			.inMemory()
			.queryListener((kind, latency, failed) -> answered.computeIfAbsent(kind, (k) -> new AtomicLong())
				.incrementAndGet())
			.build();
		server.start();
		pool = ConnectionPool.create(ConnectionOptions.builder().host("127.0.0.1").port(server.port()).build(),
				PoolOptions.defaults());
		template = new ReactiveQuireTemplate(pool);
		String payload = "x".repeat(1000);
		List<Blob> blobs = IntStream.range(0, ROWS).mapToObj((i) -> new Blob(i, payload)).toList();
		template.insertAll(blobs).then().block(Duration.ofSeconds(60));
	}

	@AfterAll
	static void stop() {
		pool.close();
		server.close();
	}

	@Test
	void aFluxOverALargeTableShouldAskTheServerOnlyForTheBatchesRequested() {
		long continuesBefore = count("CONTINUE");
		long stopsBefore = count("STOP");
		StepVerifier.create(template.findAll(Blob.class), 10)
			.expectNextCount(10)
			.thenAwait(Duration.ofMillis(200))
			.then(() -> assertThat(count("CONTINUE") - continuesBefore).isZero())
			.thenRequest(400)
			.expectNextCount(400)
			.then(() -> assertThat(count("CONTINUE") - continuesBefore).isBetween(1L, 2L))
			.thenCancel()
			.verify(Duration.ofSeconds(30));
		awaitCount("STOP", stopsBefore + 1);
		assertThat(count("CONTINUE") - continuesBefore).isLessThanOrEqualTo(2);
	}

	@Test
	void readingTheWholeTableShouldTakeManyBatches() {
		long continuesBefore = count("CONTINUE");
		StepVerifier.create(template.find(QuireQuery.query(Criteria.where("payload").isNotNull()), Blob.class))
			.expectNextCount(ROWS)
			.verifyComplete();
		assertThat(count("CONTINUE") - continuesBefore).isGreaterThan(2);
	}

	private static long count(String kind) {
		AtomicLong counter = answered.get(kind);
		return (counter != null) ? counter.get() : 0;
	}

	private static void awaitCount(String kind, long expected) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (count(kind) < expected && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(count(kind)).isGreaterThanOrEqualTo(expected);
	}

	@io.quire.data.core.mapping.Document("blobs")
	static class Blob {

		@Id
		private Integer id;

		private String payload;

		Blob() {
		}

		Blob(int id, String payload) {
			this.id = id;
			this.payload = payload;
		}

		public Integer getId() {
			return this.id;
		}

		public String getPayload() {
			return this.payload;
		}

	}

}
