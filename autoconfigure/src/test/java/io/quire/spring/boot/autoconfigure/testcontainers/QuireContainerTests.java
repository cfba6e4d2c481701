package io.quire.spring.boot.autoconfigure.testcontainers;

import io.quire.driver.ConnectionOptions;
import io.quire.driver.HostAndPort;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link QuireContainer}'s settings and URI, without a Docker engine.
 */
class QuireContainerTests {

	@Test
	void exposesTheDriverAndHttpPortsAndListensOnEveryInterface() {
		QuireContainer container = new QuireContainer();
		assertThat(container.getExposedPorts()).containsExactly(28015, 8080);
		assertThat(container.getEnvMap()).containsEntry("QUIRE_SERVER_BIND_ADDRESS", "0.0.0.0");
	}

	@Test
	void passwordBecomesTheAdminsInitialPassword() {
		QuireContainer container = new QuireContainer("quire/quire-server:0.1.0").withPassword("s3cret");
		assertThat(container.getEnvMap()).containsEntry("QUIRE_SERVER_INITIAL_PASSWORD", "s3cret");
		assertThat(container.getUsername()).isEqualTo("admin");
		assertThat(container.getPassword()).isEqualTo("s3cret");
	}

	@Test
	void connectionUriCarriesTheMappedPortAndAnEncodedPassword() {
		QuireContainer container = new RunningQuireContainer().withPassword("p@ss word/1");
		ConnectionOptions options = ConnectionOptions.parse(container.getConnectionUri());
		assertThat(options.hosts()).containsExactly(new HostAndPort("docker.example.com", 32771));
		assertThat(options.user()).isEqualTo("admin");
		assertThat(options.password()).isEqualTo("p@ss word/1");
		assertThat(options.database()).isEqualTo("test");
	}

	@Test
	void rejectsAnImageThatIsNotTheQuireServer() {
		assertThatIllegalStateException().isThrownBy(() -> new QuireContainer("redis:7"));
	}

	/**
	 * A container answering as a started one would, without Docker.
	 */
	static class RunningQuireContainer extends QuireContainer {

		@Override
		public String getHost() {
			return "docker.example.com";
		}

		@Override
		public Integer getMappedPort(int originalPort) {
			return (originalPort == DRIVER_PORT) ? 32771 : 32772;
		}

	}

}
