package io.quire.spring.boot.autoconfigure.test;

import io.quire.driver.ConnectionFactory;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @DataQuireTest(embedded = false)} leaves the connection to properties or a
 * service connection.
 */
@DataQuireTest(embedded = false, properties = "quire.host=db.example.com")
class DataQuireTestWithoutEmbeddedEngineIntegrationTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ConnectionFactory connectionFactory;

	@Test
	void noEngineIsStarted() {
		assertThat(this.context.getBeanNamesForType(QuireServer.class)).isEmpty();
		assertThat(this.connectionFactory.options().host()).isEqualTo("db.example.com");
	}

}
