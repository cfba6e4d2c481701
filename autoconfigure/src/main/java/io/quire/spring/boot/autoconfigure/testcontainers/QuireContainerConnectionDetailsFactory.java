package io.quire.spring.boot.autoconfigure.testcontainers;

import io.quire.driver.ConnectionOptions;
import io.quire.spring.boot.autoconfigure.QuireConnectionDetails;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

/**
 * {@link ContainerConnectionDetailsFactory} that creates {@link QuireConnectionDetails}
 * from a {@link ServiceConnection @ServiceConnection}-annotated {@link QuireContainer}.
 */
class QuireContainerConnectionDetailsFactory
		extends ContainerConnectionDetailsFactory<QuireContainer, QuireConnectionDetails> {

	QuireContainerConnectionDetailsFactory() {
		super(ANY_CONNECTION_NAME, "io.quire.driver.ConnectionOptions");
	}

	@Override
	protected QuireConnectionDetails getContainerConnectionDetails(ContainerConnectionSource<QuireContainer> source) {
		return new QuireContainerConnectionDetails(source);
	}

	/**
	 * {@link QuireConnectionDetails} of a running {@link QuireContainer}.
	 */
	static final class QuireContainerConnectionDetails extends ContainerConnectionDetails<QuireContainer>
			implements QuireConnectionDetails {

		QuireContainerConnectionDetails(ContainerConnectionSource<QuireContainer> source) {
			super(source);
		}

		@Override
		public ConnectionOptions getConnectionOptions() {
			QuireContainer container = getContainer();
			return ConnectionOptions.builder()
				.host(container.getHost())
				.port(container.getDriverPort())
				.user(container.getUsername())
				.password(container.getPassword())
				.build();
		}

		/**
		 * The bundle from {@code @Ssl}, {@code @PemKeyStore}, ... annotations on the
		 * container, if any.
		 * @return the SSL bundle or {@code null}
		 */
		@Override
		public @Nullable SslBundle getSslBundle() {
			return super.getSslBundle();
		}

	}

}
