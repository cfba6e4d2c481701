package io.quire.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.net.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Lifecycle, metrics and health of a {@link QuireServer}.
 */
class QuireServerIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	@TempDir
	Path directory;

	@Test
	void builderShouldHaveRethinkDbsDefaults() {
		ServerOptions options = QuireServer.builder().build().options();
		assertThat(options.port()).isEqualTo(28015);
		assertThat(options.bindAddress()).isEqualTo("127.0.0.1");
		assertThat(options.dataDirectory()).contains(Path.of("quire-data"));
		assertThat(options.initialPassword()).isEmpty();
		assertThat(options.maxConnections()).isEqualTo(1024);
		assertThat(options.maxFrameSize()).isEqualTo(128 * 1024 * 1024 - 1);
		assertThat(options.handshakeTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(options.shutdownTimeout()).isEqualTo(Duration.ofSeconds(30));
		assertThat(options.tls()).isEmpty();
	}

	@Test
	void builderShouldRejectInvalidSettingsAtOnce() {
		assertThatIllegalArgumentException().isThrownBy(() -> QuireServer.builder().port(70000))
			.withMessage("port must be between 0 and 65535");
		assertThatIllegalArgumentException().isThrownBy(() -> QuireServer.builder().maxConnections(0))
			.withMessage("maxConnections must be positive");
		assertThatIllegalStateException()
			.isThrownBy(() -> QuireServer.builder().tlsClientCertificates(Path.of("ca.pem")).build());
	}

	@Test
	void startShouldFailClearlyWhenThePortIsTaken() {
		try (QuireServer first = startInMemory()) {
			QuireServer second = QuireServer.builder().port(first.port()).inMemory().build();
			assertThatThrownBy(second::start).isInstanceOf(ServerStartException.class)
				.hasMessageStartingWith("Cannot listen on 127.0.0.1:" + first.port());
			assertThat(second.isRunning()).isFalse();
		}
	}

	@Test
	void startShouldFailClearlyWhenTheDataDirectoryIsInUse() {
		try (QuireServer first = QuireServer.builder().port(0).dataDirectory(this.directory).build()) {
			first.start();
			QuireServer second = QuireServer.builder().port(0).dataDirectory(this.directory).build();
			assertThatThrownBy(second::start).isInstanceOf(ServerStartException.class)
				.hasMessageContaining("Cannot open the data directory " + this.directory);
		}
	}

	@Test
	void closeShouldStopListeningAndBeIdempotent() {
		QuireServer server = startInMemory();
		assertThat(server.isRunning()).isTrue();
		server.close();
		assertThat(server.isRunning()).isFalse();
		assertThat(server.health().isUp()).isFalse();
		server.close();
	}

	@Test
	void closedServerShouldStartAgainOnTheSameData() {
		QuireServer server = QuireServer.builder().port(0).dataDirectory(this.directory).build();
		server.start();
		try (Connection connection = connect(server)) {
			r.db("test").tableCreate("kept").run(connection);
		}
		server.close();
		server.start();
		try (Connection connection = connect(server)) {
			assertThat(r.db("test").tableList().runAtom(connection)).isEqualTo(List.of("kept"));
		}
		finally {
			server.close();
		}
	}

	@Test
	void healthShouldBeUpWhileServing() {
		try (QuireServer server = startInMemory()) {
			ServerHealth health = server.health();
			assertThat(health.isUp()).isTrue();
			assertThat(health.storageWritable()).isTrue();
			assertThat(health.listening()).isTrue();
			assertThat(health.reason()).isNull();
		}
	}

	/**
	 * A query counts as answered once its reply is written, which the client may see
	 * first.
	 */
	private static void awaitAnswered(QuireServer server, String kind) throws InterruptedException {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
		while (!server.metrics().queriesByKind().containsKey(kind)) {
			assertThat(System.nanoTime()).as("%s counted within 10 seconds", kind).isLessThan(deadline);
			Thread.sleep(5);
		}
	}

	@Test
	void metricsShouldCountConnectionsQueriesAndTables() throws InterruptedException {
		try (QuireServer server = startInMemory()) {
			try (Connection connection = connect(server)) {
				r.db("test").tableCreate("metered").run(connection);
				r.table("metered").insert(List.of(Map.of("id", 1), Map.of("id", 2))).run(connection);
				awaitAnswered(server, "INSERT");
				ServerMetrics metrics = server.metrics();
				assertThat(metrics.openConnections()).isEqualTo(1);
				assertThat(metrics.totalConnections()).isEqualTo(1);
				assertThat(metrics.queriesByKind()).containsEntry("TABLE_CREATE", 1L).containsEntry("INSERT", 1L);
				assertThat(metrics.tables()).singleElement().satisfies((table) -> {
					assertThat(table.database()).isEqualTo("test");
					assertThat(table.table()).isEqualTo("metered");
					assertThat(table.documents()).isEqualTo(2);
				});
			}
		}
	}

	@Test
	void versionShouldNameRethinkDbAndQuire() {
		try (QuireServer server = startInMemory()) {
			assertThat(server.version()).isEqualTo("2.4.4-quire-" + QuireServer.QUIRE_VERSION);
			assertThat(server.dataDirectory()).isEmpty();
		}
	}

	@Test
	void restartShouldKeepServerIdAndAdminPassword() {
		String id;
		try (QuireServer server = onDisk("first")) {
			id = server.serverId().toString();
		}
		try (QuireServer server = onDisk("second")) {
			assertThat(server.serverId()).hasToString(id);
			try (Connection connection = r.connection()
				.hostname("127.0.0.1")
				.port(server.port())
				.user("admin", "first")
				.connect()) {
				assertThat(r.expr(1).runAtom(connection)).isEqualTo(1L);
			}
		}
	}

	private QuireServer onDisk(String initialPassword) {
		QuireServer server = QuireServer.builder()
			.port(0)
			.dataDirectory(this.directory)
			.initialPassword(initialPassword)
			.build();
		server.start();
		return server;
	}

	static QuireServer startInMemory() {
		QuireServer server = QuireServer.builder().port(0).inMemory().build();
		server.start();
		return server;
	}

	static Connection connect(QuireServer server) {
		return r.connection().hostname("127.0.0.1").port(server.port()).connect();
	}

}
