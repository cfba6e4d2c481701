package io.quire.spring.boot.autoconfigure;

import java.net.URISyntaxException;
import java.nio.file.Path;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.QuireException;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * TLS from {@code quire.ssl.*} against a server that requires it and asks for a client
 * certificate: through an SSL bundle and through PEM files.
 */
class QuireTlsIntegrationTests {

	private static QuireServer server;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(QuireAutoConfiguration.class, SslAutoConfiguration.class))
		.withPropertyValues("quire.host=localhost", "quire.port=" + server.port(), "quire.connect-timeout=5s",
				"quire.network-timeout=5s");

	@BeforeAll
	static void startTlsServer() throws URISyntaxException {
		server = QuireServer.builder()
			.port(0)
			.bindAddress("127.0.0.1")
			.inMemory()
			.tls(resource("server.crt"), resource("server.key"))
			.tlsClientCertificates(resource("ca.crt"))
			.build();
		server.start();
	}

	@AfterAll
	static void stopTlsServer() {
		server.close();
	}

	@Test
	void connectsThroughAnSslBundle() {
		this.runner.withPropertyValues("spring.ssl.bundle.pem.quire.truststore.certificate=classpath:ssl/ca.crt",
				"spring.ssl.bundle.pem.quire.keystore.certificate=classpath:ssl/client.crt",
				"spring.ssl.bundle.pem.quire.keystore.private-key=classpath:ssl/client.key", "quire.ssl.bundle=quire")
			.run((context) -> assertConnects(context.getBean(ConnectionFactory.class)));
	}

	@Test
	void connectsThroughPemProperties() {
		this.runner
			.withPropertyValues("quire.ssl.ca-certs=classpath:ssl/ca.crt",
					"quire.ssl.client-cert=classpath:ssl/client.crt", "quire.ssl.client-key=classpath:ssl/client.key")
			.run((context) -> assertConnects(context.getBean(ConnectionFactory.class)));
	}

	@Test
	void failsWithoutTheClientCertificate() {
		this.runner.withPropertyValues("quire.ssl.ca-certs=classpath:ssl/ca.crt").run((context) -> {
			ConnectionFactory factory = context.getBean(ConnectionFactory.class);
			assertThatExceptionOfType(QuireException.class).isThrownBy(() -> factory.connect().close());
		});
	}

	@Test
	void failsWhenTheServerIsNotTrusted() {
		this.runner
			.withPropertyValues("quire.ssl.enabled=true", "quire.ssl.client-cert=classpath:ssl/client.crt",
					"quire.ssl.client-key=classpath:ssl/client.key")
			.run((context) -> {
				ConnectionFactory factory = context.getBean(ConnectionFactory.class);
				assertThatExceptionOfType(QuireException.class).isThrownBy(() -> factory.connect().close());
			});
	}

	private static void assertConnects(ConnectionFactory factory) {
		assertThat(factory.options().tls().isEnabled()).isTrue();
		try (Connection connection = factory.connect()) {
			assertThat(connection.serverInfo().id()).isEqualTo(server.serverId().toString());
		}
	}

	private static Path resource(String name) throws URISyntaxException {
		return Path.of(QuireTlsIntegrationTests.class.getResource("/ssl/" + name).toURI());
	}

}
