package io.quire.spring.boot.autoconfigure.webflux;

import io.quire.engine.QuireServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The WebFlux application on the embedded engine the starter starts.
 */
@SpringBootTest(classes = ReactiveSampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "quire.embedded.enabled=true" })
class ReactiveSampleApplicationIntegrationTests extends ReactiveSampleApplicationTests {

	@Autowired
	private QuireServer server;

	@Override
	protected QuireServer engine() {
		return this.server;
	}

}
