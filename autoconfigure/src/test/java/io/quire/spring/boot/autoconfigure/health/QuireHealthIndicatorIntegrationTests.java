package io.quire.spring.boot.autoconfigure.health;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import io.quire.driver.ClientResources;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.pool.ConnectionPool;
import io.quire.driver.pool.PoolOptions;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class QuireHealthIndicatorIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static QuireServer server;

	private static ClientResources resources;

	@BeforeAll
	static void startServer() {
		server = QuireServer.builder().port(0).bindAddress("127.0.0.1").inMemory().build();
		server.start();
		resources = ClientResources.create(1);
	}

	@AfterAll
	static void stopServer() {
		server.close();
		resources.close();
	}

	@Test
	void poolIsUpWithServerDatabaseAndPoolFigures() {
		try (ConnectionPool pool = ConnectionPool.create(options(server.port()),
				PoolOptions.builder().maxSize(3).build(), resources)) {
			Health health = new QuireHealthIndicator(pool, TIMEOUT).health(true);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("database", "test")
				.containsEntry("server", server.serverName())
				.containsEntry("version", server.version())
				.containsEntry("role", "primary")
				.containsEntry("readOnly", false)
				.containsEntry("address", "127.0.0.1:" + server.port())
				.containsEntry("members",
						List.of(Map.of("id", server.serverId().toString(), "name", server.serverName(), "address",
								"127.0.0.1:" + server.port(), "role", "primary", "reachable", true)))
				.containsEntry("pool", Map.of("active", 0, "idle", 1, "pending", 0, "max", 3));
		}
	}

	@Test
	void aPoolOverSeveralHostsIsUpOnTheNextHostOnceTheFirstStops() {
		QuireServer first = QuireServer.builder().port(0).inMemory().serverName("first").build();
		first.start();
		QuireServer second = QuireServer.builder().port(0).inMemory().serverName("second").build();
		second.start();
		ConnectionOptions options = options(first.port()).mutate()
			.hosts("127.0.0.1:" + first.port(), "127.0.0.1:" + second.port())
			.build();
		try (second; ConnectionPool pool = ConnectionPool.create(options, PoolOptions.defaults(), resources)) {
			QuireHealthIndicator indicator = new QuireHealthIndicator(pool, TIMEOUT);
			assertThat(indicator.health(true).getDetails()).containsEntry("server", "first");
			first.close();
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
				Health health = indicator.health(true);
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				assertThat(health.getDetails()).containsEntry("server", "second")
					.containsEntry("address", "127.0.0.1:" + second.port());
			});
		}
	}

	@Test
	void checkGivesItsConnectionBackToThePool() {
		try (ConnectionPool pool = ConnectionPool.create(options(server.port()), PoolOptions.defaults(), resources)) {
			QuireHealthIndicator indicator = new QuireHealthIndicator(pool, TIMEOUT);
			for (int i = 0; i < 3; i++) {
				assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
			}
			assertThat(pool.metrics().activeCount()).isZero();
			assertThat(pool.metrics().createdCount()).isOne();
		}
	}

	@Test
	void plainFactoryIsUpWithoutPoolFigures() {
		ConnectionFactory factory = ConnectionFactory.create(options(server.port()), resources);
		Health health = new QuireHealthIndicator(factory, TIMEOUT).health(true);
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsKey("server").doesNotContainKey("pool");
	}

	@Test
	void unreachableServerIsDownWithTheException() throws IOException {
		ConnectionFactory factory = ConnectionFactory.create(options(closedPort()), resources);
		Health health = new QuireHealthIndicator(factory, TIMEOUT).health(true);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat((String) health.getDetails().get("error")).startsWith("io.quire.driver.QuireConnectionException");
	}

	@Test
	void silentServerIsDownWithinTheTimeout() throws IOException {
		try (ServerSocket silent = new ServerSocket(0)) {
			List<Socket> accepted = acceptInBackground(silent);
			ConnectionFactory factory = ConnectionFactory.create(options(silent.getLocalPort()), resources);
			long start = System.nanoTime();
			Health health = new QuireHealthIndicator(factory, Duration.ofMillis(300)).health(true);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat((String) health.getDetails().get("error")).startsWith(TimeoutException.class.getName());
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
			accepted.forEach(QuireHealthIndicatorIntegrationTests::closeQuietly);
		}
	}

	@Test
	void reactiveIndicatorIsUp() {
		try (ConnectionPool pool = ConnectionPool.create(options(server.port()), PoolOptions.defaults(), resources)) {
			Health health = new QuireReactiveHealthIndicator(pool, TIMEOUT).health(true).block(TIMEOUT);
			assertThat(health).isNotNull();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("database", "test")
				.containsEntry("version", server.version())
				.containsKey("pool");
		}
	}

	@Test
	void reactiveIndicatorIsDownWhenUnreachable() throws IOException {
		ConnectionFactory factory = ConnectionFactory.create(options(closedPort()), resources);
		Health health = new QuireReactiveHealthIndicator(factory, TIMEOUT).health(true).block(TIMEOUT);
		assertThat(health).isNotNull();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat((String) health.getDetails().get("error")).startsWith("io.quire.driver.QuireConnectionException");
	}

	private static ConnectionOptions options(int port) {
		return ConnectionOptions.builder()
			.host("127.0.0.1")
			.port(port)
			.connectTimeout(Duration.ofSeconds(5))
			.networkTimeout(Duration.ofSeconds(5))
			.build();
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static List<Socket> acceptInBackground(ServerSocket serverSocket) {
		List<Socket> accepted = Collections.synchronizedList(new ArrayList<>());
		Thread acceptor = new Thread(() -> {
			try {
				while (!serverSocket.isClosed()) {
					accepted.add(serverSocket.accept());
				}
			}
			catch (IOException ex) {
				// closed by the test
			}
		});
		acceptor.setDaemon(true);
		acceptor.start();
		return accepted;
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// best effort
		}
	}

}
