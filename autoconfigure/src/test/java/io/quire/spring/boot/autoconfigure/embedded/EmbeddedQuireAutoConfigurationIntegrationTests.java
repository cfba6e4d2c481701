package io.quire.spring.boot.autoconfigure.embedded;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.HostAndPort;
import io.quire.engine.QuireServer;
import io.quire.spring.boot.autoconfigure.LoopbackPorts;
import io.quire.spring.boot.autoconfigure.PropertiesQuireConnectionDetails;
import io.quire.spring.boot.autoconfigure.QuireAutoConfiguration;
import io.quire.spring.boot.autoconfigure.QuireConnectionDetails;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class EmbeddedQuireAutoConfigurationIntegrationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EmbeddedQuireAutoConfiguration.class, QuireAutoConfiguration.class))
		.withPropertyValues("quire.network-timeout=10s");

	@Test
	void isOffByDefault() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(QuireServer.class)
			.hasSingleBean(PropertiesQuireConnectionDetails.class));
	}

	@Test
	void startsTheEngineAndPointsTheConnectionFactoryAtIt() {
		this.runner.withPropertyValues("quire.embedded.enabled=true").run((context) -> {
			QuireServer server = context.getBean(QuireServer.class);
			assertThat(server.isRunning()).isTrue();
			assertThat(server.dataDirectory()).isEmpty();
			assertThat(context).getBean(QuireConnectionDetails.class)
				.isInstanceOf(EmbeddedQuireConnectionDetails.class);
			ConnectionFactory factory = context.getBean(ConnectionFactory.class);
			assertThat(factory.options().hosts()).containsExactly(new HostAndPort("127.0.0.1", server.port()));
			try (Connection connection = factory.connect()) {
				assertThat(connection.serverInfo().id()).isEqualTo(server.serverId().toString());
				assertThat(connection.db()).isEqualTo("test");
			}
		});
	}

	@Test
	void stopsTheEngineWithTheContext() {
		this.runner.withPropertyValues("quire.embedded.enabled=true").run((context) -> {
			QuireServer server = context.getBean(QuireServer.class);
			int port = server.port();
			context.close();
			assertThat(server.isRunning()).isFalse();
			assertThatIOException().isThrownBy(() -> new Socket("127.0.0.1", port).close());
		});
	}

	@Test
	void listensOnTheConfiguredPort() {
		int port = LoopbackPorts.next();
		this.runner.withPropertyValues("quire.embedded.enabled=true", "quire.embedded.port=" + port)
			.run((context) -> assertThat(context.getBean(QuireServer.class).port()).isEqualTo(port));
	}

	@Test
	void keepsDataInTheConfiguredDirectory(@TempDir Path dataDir) {
		this.runner.withPropertyValues("quire.embedded.enabled=true", "quire.embedded.data-dir=" + dataDir)
			.run((context) -> {
				assertThat(context.getBean(QuireServer.class).dataDirectory()).contains(dataDir);
				try (Connection connection = context.getBean(ConnectionFactory.class).connect()) {
					assertThat(connection.serverInfo().role()).isEqualTo("primary");
				}
			});
	}

	@Test
	void passwordProtectsTheAdminUserAndLogsIn() {
		this.runner.withPropertyValues("quire.embedded.enabled=true", "quire.password=s3cret").run((context) -> {
			ConnectionFactory factory = context.getBean(ConnectionFactory.class);
			assertThat(factory.options().password()).isEqualTo("s3cret");
			try (Connection connection = factory.connect()) {
				assertThat(connection.isOpen()).isTrue();
			}
		});
	}

	@Test
	void createsAndUsesTheConfiguredDatabase() {
		this.runner.withPropertyValues("quire.embedded.enabled=true", "quire.database=orders").run((context) -> {
			assertThat(context.getBean(QuireServer.class).engine().catalog().databaseNames()).contains("orders");
			try (Connection connection = context.getBean(ConnectionFactory.class).connect()) {
				assertThat(connection.db()).isEqualTo("orders");
				assertThat(connection.databaseNames()).contains("orders", "test");
			}
		});
	}

	@Test
	void backsOffWithoutTheEngine() {
		this.runner.withPropertyValues("quire.embedded.enabled=true")
			.withClassLoader(new FilteredClassLoader(QuireServer.class))
			.run((context) -> assertThat(context).doesNotHaveBean("quireServer")
				.hasSingleBean(PropertiesQuireConnectionDetails.class));
	}

	@Test
	void otherConnectionDetailsWin() {
		this.runner.withPropertyValues("quire.embedded.enabled=true")
			.withUserConfiguration(ServiceConnectionDetails.class)
			.run((context) -> assertThat(context.getBean(ConnectionFactory.class).options().hosts())
				.containsExactly(new HostAndPort("container.local", 32768)));
	}

	@Configuration(proxyBeanMethods = false)
	static class ServiceConnectionDetails {

		@Bean
		QuireConnectionDetails containerConnectionDetails() {
			return new QuireConnectionDetails() {

				@Override
				public ConnectionOptions getConnectionOptions() {
					return ConnectionOptions.builder().host("container.local").port(32768).build();
				}

				@Override
				public @Nullable SslBundle getSslBundle() {
					return null;
				}

			};
		}

	}

}
