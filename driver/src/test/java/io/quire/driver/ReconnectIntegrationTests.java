package io.quire.driver;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.quire.driver.pool.ConnectionPool;
import io.quire.driver.pool.PoolOptions;
import io.quire.driver.testing.ScriptedServer;
import io.quire.driver.testing.TestServers;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class ReconnectIntegrationTests {

	private QuireServer server;

	@AfterEach
	void stopServer() {
		if (this.server != null) {
			this.server.close();
		}
	}

	private int restartServer() {
		int port = this.server.port();
		this.server.close();
		this.server = TestServers.start(port);
		return port;
	}

	@Test
	void aConnectionShouldReconnectOnItsNextUseAfterTheServerRestarts() {
		this.server = TestServers.start();
		try (Connection connection = ConnectionFactory.create(TestServers.options(this.server).build()).connect()) {
			assertThat(r.expr(1).runAtom(connection, Long.class)).isEqualTo(1L);
			this.server.close();
			await().atMost(Duration.ofSeconds(5)).until(() -> !connection.isOpen());
			this.server = TestServers.start(connection.port());
			assertThat(r.expr(2).runAtom(connection, Long.class)).isEqualTo(2L);
			assertThat(connection.isOpen()).isTrue();
		}
	}

	@Test
	void aQueryInFlightWhenTheSocketBreaksShouldFailWithAutoReconnect() {
		try (ScriptedServer silent = ScriptedServer.silent()) {
			Connection connection = ConnectionFactory
				.create(ConnectionOptions.builder().host("127.0.0.1").port(silent.port()).password("pw").build())
				.connect();
			CompletableFuture<Long> inFlight = r.expr(1).runAtomAsync(connection, Long.class);
			silent.close();
			assertThat(inFlight).failsWithin(Duration.ofSeconds(5))
				.withThrowableThat()
				.havingCause()
				.isInstanceOf(QuireAutoReconnectException.class)
				.withMessageContaining("not retried");
			connection.close();
		}
	}

	@Test
	void withoutAutoReconnectABrokenConnectionShouldStayBrokenUntilReconnected() {
		this.server = TestServers.start();
		try (Connection connection = ConnectionFactory
			.create(TestServers.options(this.server).autoReconnect(false).build())
			.connect()) {
			restartServer();
			await().atMost(Duration.ofSeconds(5)).until(() -> !connection.isOpen());
			assertThatExceptionOfType(QuireAutoReconnectException.class).isThrownBy(() -> r.expr(1).runAtom(connection))
				.withMessageContaining("auto_reconnect is off");
			connection.reconnect();
			assertThat(r.expr(3).runAtom(connection, Long.class)).isEqualTo(3L);
		}
	}

	@Test
	void aPoolShouldDropABrokenConnectionAndLendANewOne() {
		this.server = TestServers.start();
		try (ConnectionPool pool = ConnectionPool.create(TestServers.options(this.server).build(),
				PoolOptions.builder().initialSize(1).maxSize(2).build())) {
			pool.warmup();
			try (Connection connection = pool.connect()) {
				assertThat(r.expr(1).runAtom(connection, Long.class)).isEqualTo(1L);
			}
			restartServer();
			await().atMost(Duration.ofSeconds(5)).until(() -> this.server.connections().isEmpty());
			try (Connection connection = pool.connect()) {
				assertThat(r.expr(4).runAtom(connection, Long.class)).isEqualTo(4L);
			}
			assertThat(pool.metrics().destroyedCount()).isGreaterThanOrEqualTo(1);
			assertThat(pool.metrics().createdCount()).isGreaterThanOrEqualTo(2);
		}
	}

}
