package io.quire.spring.boot.autoconfigure.docker.compose;

import java.io.File;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.spring.boot.autoconfigure.QuireAutoConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ResourceUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Starts {@code docker/quire-compose.yaml} through Spring Boot's Docker Compose support
 * and connects the auto-configured factory to its {@code quire/quire-server} service.
 * Skipped, saying why, when no Docker engine runs or the image has not been built.
 */
class QuireDockerComposeIntegrationTests {

	@BeforeEach
	void requireDockerAndImage() {
		assumeTrue(DockerClientFactory.instance().isDockerAvailable(),
				"No Docker engine is running: the Docker Compose test needs one");
		assumeTrue(imageExists(), "The image quire/quire-server is missing: build it with "
				+ "docker build -t quire/quire-server server-module");
	}

	private static boolean imageExists() {
		try {
			DockerClientFactory.instance().client().inspectImageCmd("quire/quire-server").exec();
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@Test
	void connectionFactoryShouldConnectToTheComposeService() throws Exception {
		File compose = ResourceUtils.getFile("classpath:docker/quire-compose.yaml");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Config.class)
			.web(WebApplicationType.NONE)
			.properties("spring.docker.compose.file=" + compose.getAbsolutePath(),
					"spring.docker.compose.skip.in-tests=false",
					"spring.docker.compose.lifecycle-management=start-and-stop",
					"spring.docker.compose.stop.command=down")
			.run()) {
			ConnectionFactory factory = context.getBean(ConnectionFactory.class);
			assertThat(context.getBean(ConnectionDetails.class))
				.isInstanceOf(QuireDockerComposeConnectionDetailsFactory.QuireDockerComposeConnectionDetails.class);
			assertThat(factory.options().password()).isEqualTo("s3cret");
			try (Connection connection = factory.connect()) {
				assertThat(connection.serverInfo().role()).isEqualTo("primary");
			}
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(QuireAutoConfiguration.class)
	static class Config {

	}

}
