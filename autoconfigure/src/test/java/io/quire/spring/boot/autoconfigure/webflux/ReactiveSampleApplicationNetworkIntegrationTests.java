package io.quire.spring.boot.autoconfigure.webflux;

import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterAll;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The WebFlux application against an engine server started apart from it, on a free port,
 * reached through {@code quire.host} and {@code quire.port} as a remote server would be.
 */
@SpringBootTest(classes = ReactiveSampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "quire.embedded.enabled=false" })
@DirtiesContext
class ReactiveSampleApplicationNetworkIntegrationTests extends ReactiveSampleApplicationTests {

	private static QuireServer server;

	@DynamicPropertySource
	static void engineServer(DynamicPropertyRegistry registry) {
		server = QuireServer.builder().port(0).inMemory().build();
		server.start();
		registry.add("quire.host", () -> "127.0.0.1");
		registry.add("quire.port", server::port);
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Override
	protected QuireServer engine() {
		return server;
	}

}
