package io.quire.driver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quire.driver.pool.ConnectionPool;
import io.quire.driver.pool.PoolOptions;
import io.quire.driver.pool.PooledConnection;
import io.quire.driver.testing.TestServers;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * A pool with {@code maxInFlight} above 1 lends each connection to several callers at
 * once, against a real server.
 */
class PoolMultiplexingIntegrationTests {

	private QuireServer server;

	@BeforeEach
	void startServer() {
		this.server = TestServers.start();
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	private ConnectionPool pool(PoolOptions.Builder options) {
		return ConnectionPool.create(TestServers.options(this.server).build(), options.build());
	}

	private static Connection socketOf(Connection loan) {
		return ((PooledConnection) loan).unwrap();
	}

	@Test
	void oneConnectionShouldBeLentToMaxInFlightCallersThenTheNextWaits() {
		try (ConnectionPool pool = pool(PoolOptions.builder()
			.initialSize(1)
			.maxSize(1)
			.maxInFlight(3)
			.maxAcquireTime(Duration.ofMillis(300)))) {
			// opened up front: the short acquire time is for waiting, not for a handshake
			// on a busy machine
			pool.warmup();
			List<Connection> loans = List.of(pool.connect(), pool.connect(), pool.connect());
			assertThat(loans).extracting(PoolMultiplexingIntegrationTests::socketOf)
				.containsOnly(socketOf(loans.get(0)));
			for (int i = 0; i < 3; i++) {
				assertThat(r.expr(i).runAtom(loans.get(i), Long.class)).isEqualTo(i);
			}
			assertThatExceptionOfType(QuireTimeoutException.class).isThrownBy(pool::connect)
				.withMessageContaining("total=1, active=1")
				.withMessageContaining("loans=3");
			loans.get(1).close();
			try (Connection next = pool.connect()) {
				assertThat(socketOf(next)).isSameAs(socketOf(loans.get(0)));
				assertThat(r.expr("next").runAtom(next)).isEqualTo("next");
			}
			loans.forEach(Connection::close);
			assertThat(pool.metrics().createdCount()).isOne();
			assertThat(pool.metrics().loanCount()).isZero();
			assertThat(pool.metrics().idleCount()).isOne();
		}
	}

	@Test
	void acquisitionShouldSpreadLoansOverTheLeastLoadedConnections() {
		try (ConnectionPool pool = pool(PoolOptions.builder().initialSize(2).maxSize(2).maxInFlight(4))) {
			pool.warmup();
			List<Connection> loans = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				loans.add(pool.connect());
			}
			Map<Connection, Integer> perSocket = new IdentityHashMap<>();
			loans.forEach((loan) -> perSocket.merge(socketOf(loan), 1, Integer::sum));
			assertThat(perSocket.values()).containsExactly(3, 3);
			Connection returned = loans.remove(0);
			Connection lessLoaded = socketOf(returned);
			returned.close();
			try (Connection next = pool.connect()) {
				assertThat(socketOf(next)).isSameAs(lessLoaded);
			}
			loans.forEach(Connection::close);
			assertThat(pool.metrics().createdCount()).isEqualTo(2);
		}
	}

	@Test
	void closingALoanShouldCloseOnlyItsOwnCursorsOnTheSharedSocket() {
		try (ConnectionPool pool = pool(PoolOptions.builder().initialSize(1).maxSize(1).maxInFlight(2))) {
			Connection first = pool.connect();
			Connection second = pool.connect();
			assertThat(socketOf(first)).isSameAs(socketOf(second));
			List<Map<String, Object>> rows = new ArrayList<>();
			for (int i = 0; i < 3000; i++) {
				rows.add(Map.of("id", i));
			}
			r.db("test").tableCreate("rows").runAtom(first);
			r.table("rows").insert(rows).runAtom(first);
			Cursor<Map> firstCursor = r.table("rows").run(first, Map.class);
			Cursor<Map> secondCursor = r.table("rows").run(second, Map.class);
			assertThat(firstCursor.next()).containsKey("id");
			first.close();
			long count = 0;
			while (secondCursor.hasNext()) {
				assertThat(secondCursor.next()).containsKey("id");
				count++;
			}
			assertThat(count).isEqualTo(3000);
			second.close();
		}
	}

	@Test
	void disconnectingASharedLoanShouldNotCutTheOtherLoansCursorAndShouldGiveItAFreshSocket() {
		try (ConnectionPool pool = pool(PoolOptions.builder().initialSize(1).maxSize(2).maxInFlight(2))) {
			Connection leaving = pool.connect();
			Connection staying = pool.connect();
			Connection shared = socketOf(staying);
			List<Map<String, Object>> rows = new ArrayList<>();
			for (int i = 0; i < 3000; i++) {
				rows.add(Map.of("id", i));
			}
			r.db("test").tableCreate("rows").runAtom(leaving);
			r.table("rows").insert(rows).runAtom(leaving);
			Cursor<Map> cursor = r.table("rows").run(staying, Map.class);
			leaving.disconnect();
			assertThat(r.expr("fresh").runAtom(leaving)).isEqualTo("fresh");
			assertThat(socketOf(leaving)).isNotSameAs(shared);
			assertThat(cursor.toList()).hasSize(3000);
			staying.close();
			assertThat(shared.isOpen()).isFalse();
			leaving.close();
			assertThat(pool.metrics().loanCount()).isZero();
		}
	}

	@Test
	void aBrokenSharedConnectionShouldFailItsBorrowersClearlyAndBeReplaced() {
		try (ConnectionPool pool = pool(PoolOptions.builder().initialSize(1).maxSize(1).maxInFlight(2))) {
			Connection first = pool.connect();
			Connection second = pool.connect();
			Connection broken = socketOf(first);
			int port = this.server.port();
			this.server.close();
			await().atMost(Duration.ofSeconds(5)).until(() -> !broken.isOpen());
			this.server = TestServers.start(port);
			assertThatExceptionOfType(QuireDriverException.class).isThrownBy(() -> r.expr(1).runAtom(first))
				.withMessageContaining("auto_reconnect is off");
			assertThatExceptionOfType(QuireDriverException.class).isThrownBy(() -> r.expr(2).runAtom(second))
				.withMessageContaining("auto_reconnect is off");
			first.close();
			try (Connection replacement = pool.connect()) {
				assertThat(socketOf(replacement)).isNotSameAs(broken);
				assertThat(r.expr(3).runAtom(replacement, Long.class)).isEqualTo(3L);
			}
			second.close();
			assertThat(pool.metrics().destroyedCount()).isOne();
			assertThat(pool.metrics().allocatedCount()).isOne();
		}
	}

	@Test
	void anExpiredConnectionShouldServeItsBorrowersUntilTheLastOneReturnsIt() {
		try (ConnectionPool pool = pool(PoolOptions.builder().initialSize(1).maxSize(2).maxInFlight(2))) {
			Connection first = pool.connect();
			Connection second = pool.connect();
			Connection shared = socketOf(first);
			pool.disconnect();
			first.close();
			assertThat(shared.isOpen()).isTrue();
			assertThat(r.expr("still").runAtom(second)).isEqualTo("still");
			second.close();
			assertThat(shared.isOpen()).isFalse();
			try (Connection fresh = pool.connect()) {
				assertThat(socketOf(fresh)).isNotSameAs(shared);
			}
		}
	}

	@Test
	void manyThreadsShouldShareFewConnectionsWithinTheInFlightBound() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(16);
		AtomicInteger mostLoans = new AtomicInteger();
		try (ConnectionPool pool = pool(PoolOptions.builder().initialSize(2).maxSize(2).maxInFlight(4))) {
			List<Future<Long>> results = new ArrayList<>();
			for (int t = 0; t < 400; t++) {
				long value = t;
				results.add(threads.submit(() -> {
					try (Connection connection = pool.connect()) {
						mostLoans.accumulateAndGet(pool.metrics().loanCount(), Math::max);
						return r.expr(value).mul(2).runAtom(connection, Long.class);
					}
				}));
			}
			for (int t = 0; t < results.size(); t++) {
				assertThat(results.get(t).get(60, TimeUnit.SECONDS)).isEqualTo(t * 2L);
			}
			assertThat(mostLoans.get()).isBetween(1, 8);
			assertThat(pool.metrics().createdCount()).isLessThanOrEqualTo(2);
			assertThat(pool.metrics().loanCount()).isZero();
			assertThat(pool.metrics().acquiredCount()).isEqualTo(400);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void asyncCallersShouldShareAConnectionAndQueueBeyondTheBound() {
		try (ConnectionPool pool = pool(PoolOptions.builder().initialSize(1).maxSize(1).maxInFlight(2))) {
			List<CompletableFuture<Long>> answers = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				long value = i;
				answers.add(pool.connectAsync()
					.thenCompose((loan) -> r.expr(value)
						.runAtomAsync(loan, Long.class)
						.whenComplete((v, e) -> loan.close())));
			}
			for (int i = 0; i < 20; i++) {
				assertThat(answers.get(i).join()).isEqualTo(i);
			}
			assertThat(pool.metrics().createdCount()).isOne();
			assertThat(pool.metrics().loanCount()).isZero();
		}
	}

}
