package io.quire.driver;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.quire.driver.pool.ConnectionPool;
import io.quire.driver.pool.PoolOptions;
import io.quire.driver.testing.ScriptedServer;
import io.quire.driver.testing.TestServers;
import io.quire.engine.QuireServer;
import io.quire.protocol.TermType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A server a connection talks to goes away or turns out to be a standby: the running
 * operation fails with a retryable exception, and the next one goes to the next host that
 * fits, by itself.
 */
class FailoverIntegrationTests {

	private QuireServer first;

	private QuireServer second;

	@BeforeEach
	void startServers() {
		// no grace on shutdown, so that a query still running is cancelled at once
		this.first = QuireServer.builder()
			.port(0)
			.inMemory()
			.initialPassword(TestServers.PASSWORD)
			.shutdownTimeout(Duration.ZERO)
			.build();
		this.first.start();
		this.second = TestServers.start();
	}

	@AfterEach
	void stopServers() {
		this.first.close();
		this.second.close();
	}

	private ConnectionOptions.Builder options(int... ports) {
		String[] hosts = new String[ports.length];
		for (int i = 0; i < ports.length; i++) {
			hosts[i] = "127.0.0.1:" + ports[i];
		}
		return ConnectionOptions.builder().hosts(hosts).password(TestServers.PASSWORD);
	}

	/** A query that runs until it is cancelled, once it is seen running on the server. */
	private CompletableFuture<Long> runningQuery(Connection connection, QuireServer server) {
		CompletableFuture<Long> running = r.term(TermType.RANGE, 1_000_000_000_000L)
			.filter((row) -> true)
			.count()
			.runAtomAsync(connection, Long.class);
		await().atMost(Duration.ofSeconds(30)).until(() -> server.metrics().runningQueries() > 0);
		return running;
	}

	@Test
	void aQueryRunningWhenItsServerStopsShouldFailRetryablyAndTheNextQueryGoToTheNextHost() {
		try (Connection connection = ConnectionFactory.create(options(this.first.port(), this.second.port()).build())
			.connect()) {
			assertThat(connection.port()).isEqualTo(this.first.port());
			CompletableFuture<Long> running = runningQuery(connection, this.first);
			this.first.close();
			assertThat(running).failsWithin(Duration.ofSeconds(30))
				.withThrowableThat()
				.havingCause()
				.isInstanceOf(QuireException.class)
				.matches((failure) -> ((QuireException) failure).isRetryable(), "is retryable");
			assertThat(r.expr(2).runAtom(connection, Long.class)).isEqualTo(2L);
			assertThat(connection.port()).isEqualTo(this.second.port());
		}
	}

	@Test
	void aPoolShouldLendAConnectionToTheNextHostAfterItsServerStops() {
		try (ConnectionPool pool = ConnectionPool.create(options(this.first.port(), this.second.port()).build(),
				PoolOptions.builder().initialSize(1).maxSize(2).build())) {
			try (Connection connection = pool.connect()) {
				assertThat(connection.port()).isEqualTo(this.first.port());
				CompletableFuture<Long> running = runningQuery(connection, this.first);
				this.first.close();
				assertThat(running).failsWithin(Duration.ofSeconds(30))
					.withThrowableThat()
					.havingCause()
					.matches((failure) -> ((QuireException) failure).isRetryable(), "is retryable");
			}
			try (Connection connection = pool.connect()) {
				assertThat(r.expr(3).runAtom(connection, Long.class)).isEqualTo(3L);
				assertThat(connection.port()).isEqualTo(this.second.port());
			}
		}
	}

	@Test
	void withRetryReadsAReadCutByItsServerStoppingShouldRunAgainOnTheNextHost() {
		try (ScriptedServer silent = ScriptedServer.silent();
				Connection connection = ConnectionFactory
					.create(options(silent.port(), this.second.port()).password("pw").retryReads(true).build())
					.connect()) {
			assertThat(connection.port()).isEqualTo(silent.port());
			CompletableFuture<Long> read = r.expr(5).runAtomAsync(connection, Long.class);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> silent.queries().stream().anyMatch((q) -> q.startsWith("[1,")));
			silent.close();
			assertThat(read).succeedsWithin(Duration.ofSeconds(30)).isEqualTo(5L);
			assertThat(connection.port()).isEqualTo(this.second.port());
		}
	}

	@Test
	void withRetryReadsAWriteCutByItsServerStoppingShouldStillFail() {
		try (ScriptedServer silent = ScriptedServer.silent();
				Connection connection = ConnectionFactory
					.create(options(silent.port(), this.second.port()).password("pw").retryReads(true).build())
					.connect()) {
			CompletableFuture<Object> write = r.table("t")
				.insert(Map.of("a", 1))
				.runAtomAsync(connection, Object.class);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> silent.queries().stream().anyMatch((q) -> q.startsWith("[1,")));
			silent.close();
			assertThat(write).failsWithin(Duration.ofSeconds(30))
				.withThrowableThat()
				.havingCause()
				.isInstanceOf(QuireAutoReconnectException.class);
		}
	}

	@Test
	void withoutRetryReadsAReadCutByItsServerStoppingShouldFail() {
		try (ScriptedServer silent = ScriptedServer.silent();
				Connection connection = ConnectionFactory
					.create(options(silent.port(), this.second.port()).password("pw").build())
					.connect()) {
			CompletableFuture<Long> read = r.expr(5).runAtomAsync(connection, Long.class);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> silent.queries().stream().anyMatch((q) -> q.startsWith("[1,")));
			silent.close();
			assertThat(read).failsWithin(Duration.ofSeconds(30))
				.withThrowableThat()
				.havingCause()
				.isInstanceOf(QuireAutoReconnectException.class)
				.matches((failure) -> ((QuireException) failure).isRetryable(), "is retryable");
		}
	}

	@Test
	void nodesShouldListTheMembersTheServerReports() {
		try (Connection connection = ConnectionFactory.create(options(this.first.port()).build()).connect()) {
			ServerInfo info = connection.serverInfo();
			assertThat(info.members()).containsExactly(new ServerInfo.Member(this.first.serverId().toString(),
					this.first.serverName(), new HostAndPort("127.0.0.1", this.first.port()), "primary", true));
			assertThat(connection.nodes()).containsExactly(new HostAndPort("127.0.0.1", this.first.port()));
		}
	}

	@Test
	void aMemberLearnedFromTheServerShouldBeTriedWhenTheGivenHostsAreGone() {
		HostAndPort learned = new HostAndPort("127.0.0.1", this.second.port());
		try (ScriptedServer seed = ScriptedServer.quire(Map.of("id", "seed", "name", "seed", "proxy", false, "role",
				"primary", "members",
				List.of(Map.of("name", "seed", "host", "127.0.0.1", "port", 1, "role", "primary"),
						Map.of("name", "other", "host", "127.0.0.1", "port", this.second.port(), "role", "standby"))));
				Connection connection = ConnectionFactory.create(options(seed.port()).password("pw").build())
					.connect()) {
			assertThat(connection.nodes()).containsExactly(new HostAndPort("127.0.0.1", seed.port()),
					new HostAndPort("127.0.0.1", 1), learned);
			seed.close();
			await().atMost(Duration.ofSeconds(30)).until(() -> !connection.isOpen());
			assertThat(r.expr(7).runAtom(connection, Long.class)).isEqualTo(7L);
			assertThat(connection.port()).isEqualTo(this.second.port());
		}
	}

}
