package io.quire.spring.boot.autoconfigure.testcontainers;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.spring.boot.autoconfigure.QuireAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connects the auto-configured factory to a {@code quire/quire-server} container through
 * {@code @ServiceConnection}. Skipped when no Docker engine is available; the image is
 * built with {@code docker build -t quire/quire-server server-module}.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringJUnitConfig(QuireContainerIntegrationTests.Config.class)
class QuireContainerIntegrationTests {

	@Container
	@ServiceConnection
	static final QuireContainer quire = new QuireContainer().withPassword("s3cret");

	@Autowired
	private ConnectionFactory connectionFactory;

	@Test
	void connectionFactoryConnectsToTheContainer() {
		assertThat(this.connectionFactory.options().password()).isEqualTo("s3cret");
		try (Connection connection = this.connectionFactory.connect()) {
			assertThat(connection.serverInfo().role()).isEqualTo("primary");
			assertThat(connection.port()).isEqualTo(quire.getDriverPort());
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ ServiceConnectionAutoConfiguration.class, QuireAutoConfiguration.class })
	static class Config {

	}

}
