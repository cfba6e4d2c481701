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
 * With a passwordless admin (the default) a loopback client is signed in directly, as
 * RethinkDB's console opens, and the session says it was automatic. The driver port's
 * frame limit bounds console queries too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "quire.server.driver-port=0", "quire.server.max-frame-size=1KB" })
@DirtiesContext
class ConsoleAutoSignInIntegrationTests {

	@TempDir
	static Path temporary;

	@LocalServerPort
	private int httpPort;

	@DynamicPropertySource
	static void quireProperties(DynamicPropertyRegistry registry) {
		registry.add("quire.server.data-dir", () -> temporary.resolve("data").toString());
	}

	@Test
	void aLoopbackClientShouldBeSignedInAsAdminWhileAdminHasNoPassword() {
		ConsoleClient client = new ConsoleClient(this.httpPort);
		ConsoleClient.Answer session = client.get("/console/api/session");
		assertThat(session.status()).isEqualTo(200);
		assertThat(session.body().path("user").asString()).isEqualTo("admin");
		assertThat(session.body().path("automatic").asBoolean()).isTrue();
		assertThat(session.setCookies()).singleElement().asString().contains("HttpOnly").contains("SameSite=Strict");
		assertThat(client.get("/console/api/overview").status()).isEqualTo(401);
		client.adopt(session);
		assertThat(client.get("/console/api/overview").status()).isEqualTo(200);
	}

	@Test
	void aQueryLargerThanTheDriversFrameLimitShouldBeRefusedWith413() {
		ConsoleClient client = new ConsoleClient(this.httpPort);
		client.adopt(client.get("/console/api/session"));
		ConsoleClient.Answer small = client.query("\"" + "x".repeat(900) + "\"");
		assertThat(small.status()).isEqualTo(200);
		ConsoleClient.Answer large = client.query("\"" + "x".repeat(1100) + "\"");
		assertThat(large.status()).isEqualTo(413);
		assertThat(large.errorMessage())
			.isEqualTo("Query too large: the maximum is 1024 bytes, as for a driver's frame.");
	}

}
