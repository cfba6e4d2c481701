package io.quire.spring.boot.autoconfigure.docker.compose;

import io.quire.driver.ConnectionOptions;
import io.quire.spring.boot.autoconfigure.QuireConnectionDetails;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionDetailsFactory;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionSource;
import org.springframework.boot.ssl.SslBundle;

/**
 * {@link DockerComposeConnectionDetailsFactory} that creates
 * {@link QuireConnectionDetails} for a {@code quire/quire-server} service of
 * {@code compose.yaml} (or one labelled
 * {@code org.springframework.boot.service-connection: quire/quire-server}): the host and
 * mapped driver port of the service, user {@code admin} with the password of its
 * {@code QUIRE_SERVER_INITIAL_PASSWORD}, and the SSL bundle of its
 * {@code org.springframework.boot.sslbundle.*} labels.
 */
class QuireDockerComposeConnectionDetailsFactory extends DockerComposeConnectionDetailsFactory<QuireConnectionDetails> {

	private static final String QUIRE_CONTAINER_NAME = "quire/quire-server";

	static final int DRIVER_PORT = 28015;

	QuireDockerComposeConnectionDetailsFactory() {
		super(QUIRE_CONTAINER_NAME, "io.quire.driver.ConnectionOptions");
	}

	@Override
	protected QuireConnectionDetails getDockerComposeConnectionDetails(DockerComposeConnectionSource source) {
		return new QuireDockerComposeConnectionDetails(source.getRunningService());
	}

	/**
	 * {@link QuireConnectionDetails} of a running {@code quire/quire-server} service.
	 */
	static final class QuireDockerComposeConnectionDetails extends DockerComposeConnectionDetails
			implements QuireConnectionDetails {

		private final ConnectionOptions options;

		private final @Nullable SslBundle sslBundle;

		QuireDockerComposeConnectionDetails(RunningService service) {
			super(service);
			QuireEnvironment environment = new QuireEnvironment(service.env());
			this.options = ConnectionOptions.builder()
				.host(service.host())
				.port(service.ports().get(DRIVER_PORT))
				.user("admin")
				.password(environment.getPassword())
				.database(environment.getDatabase())
				.build();
			this.sslBundle = getSslBundle(service);
		}

		@Override
		public ConnectionOptions getConnectionOptions() {
			return this.options;
		}

		@Override
		public @Nullable SslBundle getSslBundle() {
			return this.sslBundle;
		}

	}

}
