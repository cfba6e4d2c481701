package io.quire.driver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.quire.driver.pool.ConnectionPool;
import io.quire.driver.pool.PoolOptions;
import io.quire.driver.testing.TestServers;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class PoolIntegrationTests {

	private static QuireServer server;

	@BeforeAll
	static void startServer() {
		server = TestServers.start();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	private static ConnectionPool pool(PoolOptions.Builder options) {
		return ConnectionPool.create(TestServers.options(server).build(), options.build());
	}

	@Test
	void thePoolShouldLendUpToItsMaxSizeThenTimeOut() {
		try (ConnectionPool pool = pool(
				PoolOptions.builder().initialSize(2).maxSize(2).maxAcquireTime(Duration.ofMillis(300)))) {
			// opened up front: the short acquire time is for waiting, not for a handshake
			// on a busy machine
			pool.warmup();
			Connection first = pool.connect();
			Connection second = pool.connect();
			assertThatExceptionOfType(QuireTimeoutException.class).isThrownBy(pool::connect)
				.withMessageContaining("active=2")
				.withMessageContaining("waiting=1");
			first.close();
			try (Connection third = pool.connect()) {
				assertThat(r.expr(1).runAtom(third, Long.class)).isEqualTo(1L);
			}
			second.close();
			assertThat(pool.metrics().createdCount()).isEqualTo(2);
			assertThat(pool.metrics().idleCount()).isEqualTo(2);
		}
	}

	@Test
	void pooledConnectionsShouldBeReusedAcrossBorrowers() {
		try (ConnectionPool pool = pool(PoolOptions.builder().initialSize(1).maxSize(4))) {
			assertThat(pool.warmup()).isEqualTo(1);
			for (int i = 0; i < 5; i++) {
				try (Connection connection = pool.connect()) {
					assertThat(r.expr(i).runAtom(connection, Long.class)).isEqualTo(i);
				}
			}
			assertThat(pool.metrics().createdCount()).isEqualTo(1);
			assertThat(pool.metrics().acquiredCount()).isEqualTo(5);
		}
	}

	@Test
	void manyThreadsShouldShareAFewPooledConnections() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(16);
		try (ConnectionPool pool = pool(PoolOptions.builder().initialSize(2).maxSize(4))) {
			List<Future<Long>> results = new ArrayList<>();
			for (int t = 0; t < 64; t++) {
				long value = t;
				results.add(threads.submit(() -> {
					try (Connection connection = pool.connect()) {
						return r.expr(value).mul(2).runAtom(connection, Long.class);
					}
				}));
			}
			for (int t = 0; t < 64; t++) {
				assertThat(results.get(t).get(30, TimeUnit.SECONDS)).isEqualTo(t * 2L);
			}
			assertThat(pool.metrics().allocatedCount()).isLessThanOrEqualTo(4);
			assertThat(pool.metrics().activeCount()).isZero();
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void useShouldChangeTheDatabaseOfOneLoanOnlyNotOfTheNextBorrower() {
		try (ConnectionPool pool = pool(PoolOptions.builder().initialSize(1).maxSize(1))) {
			try (Connection setup = pool.connect()) {
				r.dbCreate("loan_db").runAtom(setup);
				r.db("loan_db").tableCreate("marks").runAtom(setup);
				r.db("test").tableCreate("marks").runAtom(setup);
			}
			try (Connection first = pool.connect()) {
				first.use("loan_db");
				assertThat(first.db()).isEqualTo("loan_db");
				r.table("marks").insert(Map.of("id", 1)).runAtom(first);
			}
			try (Connection next = pool.connect()) {
				assertThat(next.db()).isEqualTo("test");
				assertThat(r.table("marks").count().runAtom(next, Long.class)).isZero();
				assertThat(r.db("loan_db").table("marks").count().runAtom(next, Long.class)).isOne();
			}
			assertThat(pool.metrics().createdCount()).isOne();
		}
	}

	@Test
	void disconnectShouldCloseThePooledSocketsWhichReopenOnDemand() {
		try (ConnectionPool pool = pool(PoolOptions.builder().initialSize(2).maxSize(2))) {
			pool.warmup();
			int before = server.connections().size();
			pool.disconnect();
			await().atMost(Duration.ofSeconds(5)).until(() -> server.connections().size() <= before - 2);
			try (Connection connection = pool.connect()) {
				assertThat(r.expr("again").runAtom(connection)).isEqualTo("again");
			}
		}
	}

	@Test
	void closingThePoolShouldCloseItsSockets() {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(2).maxSize(2));
		pool.warmup();
		int before = server.connections().size();
		pool.close();
		await().atMost(Duration.ofSeconds(5)).until(() -> server.connections().size() <= before - 2);
		assertThatExceptionOfType(QuireConnectionClosedException.class).isThrownBy(pool::connect);
	}

}
