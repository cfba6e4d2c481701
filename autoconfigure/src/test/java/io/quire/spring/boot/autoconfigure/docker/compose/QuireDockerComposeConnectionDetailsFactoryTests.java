package io.quire.spring.boot.autoconfigure.docker.compose;

import java.util.List;
import java.util.Map;

import io.quire.driver.ConnectionOptions;
import io.quire.driver.HostAndPort;
import io.quire.spring.boot.autoconfigure.QuireConnectionDetails;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories;
import org.springframework.boot.docker.compose.core.ConnectionPorts;
import org.springframework.boot.docker.compose.core.ImageReference;
import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.boot.docker.compose.service.connection.TestDockerComposeConnectionSources;
import org.springframework.boot.ssl.SslBundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link QuireDockerComposeConnectionDetailsFactory} on described services, without
 * Docker.
 */
class QuireDockerComposeConnectionDetailsFactoryTests {

	private final QuireDockerComposeConnectionDetailsFactory factory = new QuireDockerComposeConnectionDetailsFactory();

	@Test
	void quireServerServiceShouldGiveItsHostMappedPortAndPassword() {
		QuireConnectionDetails details = detailsOf(
				service("quire/quire-server:latest", Map.of("QUIRE_SERVER_INITIAL_PASSWORD", "s3cret"), Map.of()));
		ConnectionOptions options = details.getConnectionOptions();
		assertThat(options.hosts()).containsExactly(new HostAndPort("docker.local", 32801));
		assertThat(options.user()).isEqualTo("admin");
		assertThat(options.password()).isEqualTo("s3cret");
		assertThat(options.database()).isEqualTo("test");
		assertThat(details.getSslBundle()).isNull();
	}

	@Test
	void serviceWithoutPasswordShouldLogInWithTheEmptyOneAndMayNameTheDatabase() {
		ConnectionOptions options = detailsOf(
				service("quire/quire-server", Map.of("QUIRE_DATABASE", "orders"), Map.of()))
			.getConnectionOptions();
		assertThat(options.password()).isEmpty();
		assertThat(options.database()).isEqualTo("orders");
	}

	@Test
	void otherImagesShouldBeIgnored() {
		assertThat(this.factory
			.getConnectionDetails(TestDockerComposeConnectionSources.of(service("rethinkdb:2.4", Map.of(), Map.of()))))
			.isNull();
	}

	@Test
	void serviceConnectionLabelShouldSelectAnotherImage() {
		RunningService service = service("registry.example.com/team/quire:1.0", Map.of(),
				Map.of("org.springframework.boot.service-connection", "quire/quire-server"));
		assertThat(detailsOf(service).getConnectionOptions().port()).isEqualTo(32801);
	}

	@Test
	void sslBundleLabelsShouldGiveTheBundle() {
		RunningService service = service("quire/quire-server", Map.of(),
				Map.of("org.springframework.boot.sslbundle.pem.truststore.certificate", "classpath:ssl/ca.crt"));
		SslBundle bundle = detailsOf(service).getSslBundle();
		assertThat(bundle).isNotNull();
		assertThat(bundle.getStores().getTrustStore()).isNotNull();
	}

	@Test
	void factoryShouldBeRegisteredInSpringFactories() {
		RunningService service = service("quire/quire-server", Map.of(), Map.of());
		assertThat(new ConnectionDetailsFactories(null)
			.getConnectionDetails(TestDockerComposeConnectionSources.of(service), false))
			.containsKey(QuireConnectionDetails.class);
	}

	private QuireConnectionDetails detailsOf(RunningService service) {
		QuireConnectionDetails details = this.factory
			.getConnectionDetails(TestDockerComposeConnectionSources.of(service));
		assertThat(details).isNotNull();
		return details;
	}

	private static RunningService service(String image, Map<String, String> env, Map<String, String> labels) {
		return new Service(ImageReference.of(image), env, labels);
	}

	/** A running service as {@code docker compose ps} would describe it. */
	private record Service(ImageReference image, Map<String, String> env,
			Map<String, String> labels) implements RunningService {

		@Override
		public String name() {
			return "quire";
		}

		@Override
		public String host() {
			return "docker.local";
		}

		@Override
		public ConnectionPorts ports() {
			return new ConnectionPorts() {

				@Override
				public int get(int containerPort) {
					assertThat(containerPort).isEqualTo(28015);
					return 32801;
				}

				@Override
				public List<Integer> getAll() {
					return List.of(32801);
				}

				@Override
				public List<Integer> getAll(String protocol) {
					return List.of(32801);
				}

			};
		}

	}

}
