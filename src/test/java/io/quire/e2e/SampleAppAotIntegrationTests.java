package io.quire.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.quire.e2e.HttpJson.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample jar, which the build processes ahead of time
 * ({@code spring-boot:process-aot}), started on the JVM with
 * {@code -Dspring.aot.enabled=true}: it must run from the generated bean definitions and
 * serve its REST API and Actuator on the embedded engine.
 */
@TestInstance(Lifecycle.PER_CLASS)
class SampleAppAotIntegrationTests {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	@TempDir
	static Path work;

	private ChildJvm app;

	private HttpJson http;

	@BeforeAll
	void startAotProcessedApp() throws Exception {
		Path jar = E2eJars.sample();
		int port = LocalPorts.free();
		this.app = ChildJvm.start(jar, List.of("-Dspring.aot.enabled=true"), List.of("--server.port=" + port), work,
				"sample-aot");
		this.http = new HttpJson(port);
		Poll.until(START_TIMEOUT, () -> {
			this.app.assertAlive();
			return "UP".equals(this.http.tryGet("/actuator/health").healthStatus());
		}, () -> this.http.tryGet("/actuator/health") + "\n" + this.app.log());
	}

	@AfterAll
	void stop() throws Exception {
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void applicationShouldRunFromTheAheadOfTimeGeneratedContext() {
		assertThat(this.app.log()).contains("Starting AOT-processed SampleApplication");
	}

	@Test
	void restApiShouldStoreAndFindBooks() {
		Reply created = this.http.post("/books",
				SampleAppAgainstServerIntegrationTests.book("Dune", "Frank Herbert", "1965-08-01", "sf"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(this.http.get(created.location()).body().get("title").asString()).isEqualTo("Dune");
		Reply found = this.http.get("/books/search?author=Frank%20Herbert");
		assertThat(found.body().get("content").get(0).get("title").asString()).as(found.toString()).isEqualTo("Dune");
	}

	@Test
	void queriesShouldBeObservedAsQuireQueryTimers() {
		this.http.get("/books");
		Reply metric = this.http.get("/actuator/metrics/quire.query");
		assertThat(metric.status()).as(metric.toString()).isEqualTo(200);
	}

}
