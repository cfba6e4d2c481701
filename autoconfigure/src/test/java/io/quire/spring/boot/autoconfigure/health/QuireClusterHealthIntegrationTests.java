package io.quire.spring.boot.autoconfigure.health;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.engine.ClusterOptions;
import io.quire.engine.QuireServer;
import io.quire.spring.boot.autoconfigure.LoopbackPorts;
import io.quire.spring.boot.autoconfigure.QuireAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code quire} health of an application bound to a three-member cluster with
 * {@code quire.hosts}: the role of the server it reached, whether that server takes
 * writes, and every member with its server id, driver address, role and reachability, as
 * SERVER_INFO gives them; after the primary stops, the new primary.
 */
class QuireClusterHealthIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	/** Longer than the default: pauses of a loaded machine must not move the primary. */
	private static final Duration ELECTION_TIMEOUT = Duration.ofSeconds(2);

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withClassLoader(new FilteredClassLoader(Mono.class))
		.withConfiguration(
				AutoConfigurations.of(QuireAutoConfiguration.class, QuireHealthContributorAutoConfiguration.class));

	@TempDir
	Path directory;

	private final List<QuireServer> servers = new ArrayList<>();

	@BeforeEach
	void startGroup() {
		List<ClusterOptions.Peer> peers = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			peers.add(new ClusterOptions.Peer("n" + i, "127.0.0.1", LoopbackPorts.next(), LoopbackPorts.next()));
		}
		for (ClusterOptions.Peer peer : peers) {
			QuireServer server = QuireServer.builder()
				.bindAddress("127.0.0.1")
				.port(peer.driverPort())
				.dataDirectory(this.directory.resolve(peer.id()))
				.serverName(peer.id())
				.cluster(ClusterOptions.of(peer.id(), peers).withElectionTimeout(ELECTION_TIMEOUT))
				.build();
			server.start();
			this.servers.add(server);
		}
		await().atMost(PATIENCE).until(() -> primary() != null && primary().engine().users().account("admin") != null);
	}

	@AfterEach
	void stopGroup() {
		this.servers.forEach(QuireServer::close);
	}

	@Test
	void healthShouldReportThePrimaryItsWritesAndEveryMemberWhenBoundToTheClustersHosts() {
		this.runner.withPropertyValues(clusterProperties()).run((context) -> {
			QuireHealthIndicator indicator = context.getBean(QuireHealthIndicator.class);
			await().atMost(PATIENCE).untilAsserted(() -> {
				// read each time: on a loaded machine an election may move the primary
				QuireServer primary = primary();
				assertThat(primary).isNotNull();
				Health health = indicator.health(true);
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				assertThat(health.getDetails()).containsEntry("role", "primary")
					.containsEntry("readOnly", false)
					.containsEntry("address", address(primary))
					.containsEntry("server", primary.serverName());
				assertThat(members(health)).containsExactlyInAnyOrderElementsOf(this.servers.stream()
					.map((server) -> member(server, (server == primary) ? "primary" : "standby", true))
					.toList());
			});
		});
	}

	@Test
	void healthOfAStandbyShouldSayItRefusesWritesAndHearsFromThePrimary() {
		QuireServer first = primary();
		QuireServer standby = this.servers.stream().filter((server) -> server != first).findFirst().orElseThrow();
		ConnectionOptions options = ConnectionOptions.builder()
			.host("127.0.0.1")
			.port(standby.port())
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		QuireHealthIndicator indicator = new QuireHealthIndicator(ConnectionFactory.create(options),
				Duration.ofSeconds(5));
		await().atMost(PATIENCE).untilAsserted(() -> {
			// read each time: on a loaded machine an election may move the primary
			QuireServer primary = primary();
			assertThat(primary).isNotNull().isNotSameAs(standby);
			Health health = indicator.health(true);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("role", "standby")
				.containsEntry("readOnly", true)
				.containsEntry("address", address(standby));
			assertThat(members(health)).contains(member(primary, "primary", true), member(standby, "standby", true));
		});
	}

	@Test
	void healthShouldReportTheNewPrimaryOnceThePrimaryStops() {
		this.runner.withPropertyValues(clusterProperties()).run((context) -> {
			QuireHealthIndicator indicator = context.getBean(QuireHealthIndicator.class);
			QuireServer old = primary();
			assertThat(indicator.health(true).getDetails()).containsEntry("address", address(old));
			Map<String, Object> oldUnreachable = member(old, "standby", false);
			old.close();
			await().atMost(PATIENCE).untilAsserted(() -> {
				QuireServer current = primary();
				assertThat(current).isNotNull().isNotSameAs(old);
				Health health = indicator.health(true);
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				assertThat(health.getDetails()).containsEntry("role", "primary")
					.containsEntry("readOnly", false)
					.containsEntry("address", address(current));
				assertThat(members(health)).contains(oldUnreachable, member(current, "primary", true));
			});
		});
	}

	private String[] clusterProperties() {
		String hosts = this.servers.stream()
			.map(QuireClusterHealthIntegrationTests::address)
			.collect(Collectors.joining(","));
		return new String[] { "quire.hosts=" + hosts, "quire.target-session-attrs=read-write",
				"quire.read-mode=majority", "quire.connect-timeout=2s", "quire.health.timeout=5s" };
	}

	/** The member that leads now, if any among those running. */
	private QuireServer primary() {
		return this.servers.stream()
			.filter((server) -> server.isRunning() && "primary".equals(server.serverInfo().get("role")))
			.findFirst()
			.orElse(null);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> members(Health health) {
		return (List<Map<String, Object>>) health.getDetails().get("members");
	}

	private static Map<String, Object> member(QuireServer server, String role, boolean reachable) {
		return Map.of("id", server.serverId().toString(), "name", server.serverName(), "address", address(server),
				"role", role, "reachable", reachable);
	}

	private static String address(QuireServer server) {
		return "127.0.0.1:" + server.port();
	}

}
