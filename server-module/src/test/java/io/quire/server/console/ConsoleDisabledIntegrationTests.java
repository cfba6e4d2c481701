package io.quire.server.console;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code quire.server.console.enabled=false} neither the pages nor the API are
 * served, and Actuator stays as it is.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "quire.server.driver-port=0", "quire.server.console.enabled=false" })
@DirtiesContext
class ConsoleDisabledIntegrationTests {

	@TempDir
	static Path temporary;

	@LocalServerPort
	private int httpPort;

	@DynamicPropertySource
	static void quireProperties(DynamicPropertyRegistry registry) {
		registry.add("quire.server.data-dir", () -> temporary.resolve("data").toString());
	}

	@Test
	void consoleShouldNotBeServedWhenDisabled() {
		ConsoleClient client = new ConsoleClient(this.httpPort);
		assertThat(client.get("/").status()).isEqualTo(404);
		assertThat(client.get("/console/js/app.js").status()).isEqualTo(404);
		assertThat(client.signIn("admin", "").status()).isEqualTo(404);
		assertThat(client.get("/actuator/health").status()).isEqualTo(200);
	}

}
