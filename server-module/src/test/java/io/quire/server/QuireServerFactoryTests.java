package io.quire.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.quire.engine.ClusterOptions;
import io.quire.engine.QueryListener;
import io.quire.engine.QuireServer;
import io.quire.engine.ServerOptions;
import io.quire.engine.term.QueryContext;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code quire.server.*} as bound from configuration reaches the engine's options.
 */
class QuireServerFactoryTests {

	@Test
	void frameReadTimeoutAndMaxNestingDepthReachTheEngine() {
		ServerOptions options = options(
				Map.of("quire.server.frame-read-timeout", "45s", "quire.server.max-nesting-depth", "64"));
		assertThat(options.frameReadTimeout()).isEqualTo(Duration.ofSeconds(45));
		assertThat(options.maxNestingDepth()).isEqualTo(64);
	}

	@Test
	void defaultsShouldBeTheEnginesOwn() {
		ServerOptions options = options(Map.of());
		ServerOptions engine = QuireServer.builder().build().options();
		assertThat(options.frameReadTimeout()).isEqualTo(engine.frameReadTimeout()).isEqualTo(Duration.ofSeconds(30));
		assertThat(options.maxNestingDepth()).isEqualTo(engine.maxNestingDepth()).isEqualTo(1024);
	}

	@Test
	void httpSettingsShouldReachTheEngine() {
		ServerOptions options = options(Map.of("quire.server.http.enabled", "false", "quire.server.http.allowed-hosts",
				"api.example.com,*.example.org"));
		assertThat(options.http().enabled()).isFalse();
		assertThat(options.http().allowedHosts()).containsExactly("api.example.com", "*.example.org");
		assertThat(options(Map.of()).http()).isEqualTo(ServerOptions.Http.UNRESTRICTED);
	}

	@Test
	void clusterSettingsShouldReachTheEngine() {
		ServerOptions options = options(Map.of("quire.server.cluster.node-id", "n2", "quire.server.cluster.peers",
				"n1=127.0.0.1:29001/28015,n2=127.0.0.1:29002/28016", "quire.server.cluster.raft-port", "29002",
				"quire.server.cluster.data-dir", "/var/lib/quire-raft"));
		ClusterOptions cluster = options.cluster().orElseThrow();
		assertThat(cluster.nodeId()).isEqualTo("n2");
		assertThat(cluster.self()).isEqualTo(new ClusterOptions.Peer("n2", "127.0.0.1", 29002, 28016));
		assertThat(cluster.peers()).hasSize(2);
		assertThat(cluster.logDirectory()).contains(Path.of("/var/lib/quire-raft"));
		assertThat(cluster.snapshotThreshold()).isEqualTo(ClusterOptions.DEFAULT_SNAPSHOT_THRESHOLD);
		assertThat(options(Map.of()).cluster()).isEmpty();
	}

	@Test
	void snapshotThresholdShouldReachTheEngineAndBePositive() {
		Map<String, String> cluster = Map.of("quire.server.cluster.node-id", "n1", "quire.server.cluster.peers",
				"n1=127.0.0.1:29001/28015", "quire.server.cluster.snapshot-threshold", "500");
		assertThat(options(cluster).cluster().orElseThrow().snapshotThreshold()).isEqualTo(500);
		assertThat(errors(Map.of("quire.server.cluster.node-id", "n1", "quire.server.cluster.peers",
				"n1=127.0.0.1:29001/28015", "quire.server.cluster.snapshot-threshold", "0")))
			.contains("snapshotThreshold");
	}

	@Test
	void electionTimeoutShouldReachTheEngineAndBeAtLeast100Milliseconds() {
		Map<String, String> cluster = Map.of("quire.server.cluster.node-id", "n1", "quire.server.cluster.peers",
				"n1=127.0.0.1:29001/28015", "quire.server.cluster.election-timeout", "2s");
		assertThat(options(cluster).cluster().orElseThrow().electionTimeout()).isEqualTo(Duration.ofSeconds(2));
		assertThat(errors(Map.of("quire.server.cluster.node-id", "n1", "quire.server.cluster.peers",
				"n1=127.0.0.1:29001/28015", "quire.server.cluster.election-timeout", "50ms")))
			.contains("electionTimeout");
	}

	@Test
	void clusterSettingsShouldBeRefusedWhenTheyDisagree() {
		assertThat(errors(Map.of("quire.server.cluster.node-id", "n1"))).contains("must be set together");
		assertThat(errors(
				Map.of("quire.server.cluster.node-id", "n1", "quire.server.cluster.peers", "n1=127.0.0.1:29001")))
			.contains("id=host:raftPort/driverPort");
		assertThat(errors(
				Map.of("quire.server.cluster.node-id", "n3", "quire.server.cluster.peers", "n1=127.0.0.1:29001/28015")))
			.contains("must include node id 'n3'");
		assertThat(errors(Map.of("quire.server.cluster.node-id", "n1", "quire.server.cluster.peers",
				"n1=127.0.0.1:29001/28015", "quire.server.cluster.raft-port", "29005")))
			.contains("must be 29001");
	}

	private static String errors(Map<String, String> configuration) {
		QuireServerProperties properties = new Binder(new MapConfigurationPropertySource(configuration))
			.bindOrCreate("quire.server", QuireServerProperties.class);
		Errors errors = new BeanPropertyBindingResult(properties, "quire.server");
		properties.validate(properties, errors);
		return errors.getAllErrors().toString();
	}

	private static ServerOptions options(Map<String, String> configuration) {
		QuireServerProperties properties = new Binder(new MapConfigurationPropertySource(configuration))
			.bindOrCreate("quire.server", QuireServerProperties.class);
		return QuireServerFactory.create(properties, QueryListener.NONE).options();
	}

	@Test
	void maxQueryMemoryShouldReachTheEngine() {
		QuireServerProperties properties = new QuireServerProperties();
		properties.setMaxQueryMemory(DataSize.ofMegabytes(32));
		QuireServer server = QuireServerFactory.create(properties, QueryListener.NONE);
		assertThat(server.options().maxQueryMemory()).isEqualTo(32L * 1024 * 1024);
	}

	@Test
	void maxQueryMemoryShouldDefaultToAQuarterOfTheHeap() {
		QuireServer server = QuireServerFactory.create(new QuireServerProperties(), QueryListener.NONE);
		assertThat(server.options().maxQueryMemory()).isEqualTo(QueryContext.DEFAULT_MEMORY_LIMIT)
			.isEqualTo(Runtime.getRuntime().maxMemory() / 4);
	}

	@Test
	void aFatalErrorInTheServerApplicationShouldExitTheProcess() {
		QuireServer server = QuireServerFactory.create(new QuireServerProperties(), QueryListener.NONE);
		assertThat(server.options().fatalErrorHandler()).containsInstanceOf(FatalErrorExit.class);
	}

}
