package io.quire.spring.boot.autoconfigure.testcontainers;

import io.quire.driver.ConnectionOptions;
import io.quire.driver.HostAndPort;
import io.quire.spring.boot.autoconfigure.QuireConnectionDetails;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;
import org.springframework.boot.testcontainers.service.connection.TestContainerConnectionSources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Maps a {@link QuireContainer} to connection details without a Docker engine: the
 * container is a mock answering what a running one would.
 */
class QuireContainerConnectionDetailsFactoryTests {

	@Test
	void detailsPointAtTheMappedDriverPortWithTheContainersCredentials() throws Exception {
		QuireContainer container = runningContainer();
		QuireConnectionDetails details = detailsFor(container);
		ConnectionOptions options = details.getConnectionOptions();
		assertThat(options.hosts()).containsExactly(new HostAndPort("docker.example.com", 32771));
		assertThat(options.user()).isEqualTo("admin");
		assertThat(options.password()).isEqualTo("s3cret");
		assertThat(options.database()).isEqualTo("test");
	}

	@Test
	void detailsAnswerTheSslBundleQuestion() throws Exception {
		assertThat(detailsFor(runningContainer()).getSslBundle()).isNull();
	}

	@Test
	void factoryIsRegisteredForServiceConnections() throws Exception {
		ContainerConnectionSource<QuireContainer> source = TestContainerConnectionSources.of(QuireContainer.class,
				QuireContainer.IMAGE, QuireContainerConnectionDetailsFactoryTests::runningContainer);
		assertThat(new ConnectionDetailsFactories(null).getConnectionDetails(source, true))
			.containsKey(QuireConnectionDetails.class);
	}

	@Test
	void plainGenericContainersAreNotClaimed() {
		ContainerConnectionSource<RedisContainer> source = TestContainerConnectionSources.of(RedisContainer.class,
				"redis:7", () -> mock(RedisContainer.class));
		assertThat(new ConnectionDetailsFactories(null).getConnectionDetails(source, false))
			.doesNotContainKey(QuireConnectionDetails.class);
	}

	private static QuireConnectionDetails detailsFor(QuireContainer container) throws Exception {
		ContainerConnectionSource<QuireContainer> source = TestContainerConnectionSources.of(QuireContainer.class,
				QuireContainer.IMAGE, () -> container);
		QuireConnectionDetails details = new QuireContainerConnectionDetailsFactory().getConnectionDetails(source);
		((InitializingBean) details).afterPropertiesSet();
		return details;
	}

	private static QuireContainer runningContainer() {
		QuireContainer container = mock(QuireContainer.class);
		given(container.getHost()).willReturn("docker.example.com");
		given(container.getDriverPort()).willReturn(32771);
		given(container.getUsername()).willReturn("admin");
		given(container.getPassword()).willReturn("s3cret");
		return container;
	}

	static class RedisContainer extends GenericContainer<RedisContainer> {

		RedisContainer() {
			super("redis:7");
		}

	}

}
