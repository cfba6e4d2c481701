package io.quire.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.quire.e2e.HttpJson.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server dies with SIGKILL while the sample app keeps running against it: the app's
 * health turns DOWN, its API answers 503, and once the server is back on the same data
 * directory and port the app is UP again and every book it acknowledged with 201 is still
 * there.
 */
class SampleAppServerCrashIntegrationTests {

	private static final Duration HEALTH_CHANGE_TIMEOUT = Duration.ofSeconds(60);

	@TempDir
	Path work;

	@Test
	void appShouldRecoverWithEveryAcknowledgedBookAfterTheServerIsKilled() throws Exception {
		E2eJars.assumeServerAndSampleBuilt();
		Path data = this.work.resolve("data");
		int httpPort = LocalPorts.free();
		ServerJvm server = ServerJvm.start(data, this.work, 0, httpPort);
		int driverPort = server.awaitDriverPort();
		try (SampleAppJvm app = SampleAppJvm.start(driverPort, this.work)) {
			app.awaitUp();
			List<String> acknowledged = writeWhileKilling(app.http(), server);
			assertThat(acknowledged).isNotEmpty();

			app.awaitHealth("DOWN", HEALTH_CHANGE_TIMEOUT);
			Reply duringOutage = app.http().get("/books");
			assertThat(duringOutage.status()).as(duringOutage.toString()).isEqualTo(503);
			JsonNode health = app.http().get("/actuator/health").body();
			assertThat(health.get("components").get("quire").get("status").asString()).isEqualTo("DOWN");

			try (ServerJvm restarted = ServerJvm.start(data, this.work, driverPort, httpPort)) {
				assertThat(restarted.awaitDriverPort()).isEqualTo(driverPort);
				app.awaitHealth("UP", HEALTH_CHANGE_TIMEOUT);
				assertEveryBookIsStored(app.http(), acknowledged);
				assertThat(restarted.http().get("/actuator/health").healthStatus()).isEqualTo("UP");
			}
		}
		finally {
			server.close();
		}
	}

	/**
	 * Creates books from another thread without pause, kills the server once some are
	 * acknowledged, and returns the ids of every book answered with 201.
	 */
	private static List<String> writeWhileKilling(HttpJson api, ServerJvm server) throws InterruptedException {
		List<String> acknowledged = new CopyOnWriteArrayList<>();
		AtomicBoolean writing = new AtomicBoolean(true);
		Thread writer = new Thread(() -> {
			for (int i = 0; writing.get(); i++) {
				Reply reply = api.post("/books",
						SampleAppAgainstServerIntegrationTests.book("Book " + i, "Writer", "2001-01-01", "crash"));
				if (reply.status() == 201) {
					acknowledged.add(reply.body().get("id").asString());
				}
			}
		}, "book-writer");
		writer.start();
		Poll.until(Duration.ofSeconds(60), () -> acknowledged.size() >= 20,
				() -> acknowledged.size() + " books written");
		server.kill();
		Thread.sleep(500);
		writing.set(false);
		writer.join(Duration.ofSeconds(60).toMillis());
		return List.copyOf(acknowledged);
	}

	private static void assertEveryBookIsStored(HttpJson api, List<String> ids) {
		for (String id : ids) {
			Reply reply = api.get("/books/" + id);
			assertThat(reply.status()).as("book %s: %s", id, reply).isEqualTo(200);
		}
		Reply search = api.get("/books/search?author=Writer&size=1");
		assertThat(search.body().get("totalElements").asLong()).isGreaterThanOrEqualTo(ids.size());
	}

}
