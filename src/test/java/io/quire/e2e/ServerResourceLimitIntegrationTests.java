package io.quire.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.gen.exc.ReqlError;
import com.rethinkdb.gen.exc.ReqlResourceLimitError;
import com.rethinkdb.net.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runaway queries against the packaged server in a JVM with a small heap
 * ({@code -Xmx256m}), through the official RethinkDB Java driver: a query that would fill
 * the heap fails on its own and the server goes on serving; a query that would never end
 * does not hold up a shutdown.
 */
class ServerResourceLimitIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	@TempDir
	Path work;

	@Test
	void aHugeArrayShouldFailWithResourceLimitAndTheServerShouldServeOthersAfterwards() throws Exception {
		int httpPort = LocalPorts.free();
		try (ServerJvm server = ServerJvm.start(this.work.resolve("data"), this.work, 0, httpPort)) {
			int port = server.awaitDriverPort();
			try (Connection greedy = connect(port)) {
				assertThatThrownBy(() -> r.range(100_000_000)
					.coerceTo("array")
					.count()
					.run(greedy, com.rethinkdb.model.OptArgs.of("array_limit", 1_000_000_000)))
					.isInstanceOf(ReqlResourceLimitError.class)
					.hasMessageContaining("max-query-memory");
			}
			try (Connection other = connect(port)) {
				assertThat(r.range(1000).coerceTo("array").count().run(other).single()).isEqualTo(1000L);
			}
			assertThat(server.http().get("/actuator/health").status()).isEqualTo(200);
			assertThat(server.log()).doesNotContain("OutOfMemoryError");
		}
	}

	@Test
	void aRunawayQueryShouldBeCancelledAtShutdown() throws Exception {
		int httpPort = LocalPorts.free();
		try (ServerJvm server = ServerJvm.start(this.work.resolve("data"), this.work, 0, httpPort,
				"--quire.server.shutdown-timeout=1s")) {
			Connection connection = connect(server.awaitDriverPort());
			try {
				CompletableFuture<Object> runaway = CompletableFuture
					.supplyAsync(() -> r.range(1_000_000_000_000L).count().run(connection).single());
				Poll.until(Duration.ofSeconds(30), () -> runningQueries(server) == 1, server::log);
				long stopping = System.nanoTime();
				assertThat(server.terminate()).isIn(0, 143);
				assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - stopping)).isLessThan(30);
				assertThat(runaway).failsWithin(Duration.ofSeconds(30))
					.withThrowableThat()
					.havingRootCause()
					.isInstanceOf(ReqlError.class);
				assertThat(server.log()).contains("cancelling them").contains("Quire stopped");
			}
			finally {
				// the server is gone: close without the noreply_wait a plain close()
				// sends
				connection.close(false);
			}
		}
	}

	private static double runningQueries(ServerJvm server) {
		return server.http()
			.get("/actuator/metrics/quire.queries.running")
			.body()
			.path("measurements")
			.path(0)
			.path("value")
			.asDouble();
	}

	private static Connection connect(int port) {
		return r.connection().hostname("127.0.0.1").port(port).connect();
	}

}
