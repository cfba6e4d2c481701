package io.quire.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.quire.engine.QuireServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The engine starts as soon as the environment is prepared, while the context is read and
 * created: a bean factory post-processor (which runs before any bean exists) or a bean
 * that needs the driver port gets it, and a context that fails after the engine started,
 * before or after it took the engine over, closes the engine and deletes the port file.
 */
class QuireServerEarlyStartIntegrationTests {

	@TempDir
	Path temporary;

	@Test
	void driverPortAcceptsConnectionsBeforeTheContextFinishesStarting() throws IOException {
		try (ConfigurableApplicationContext context = run(WaitsForTheDriverPort.class)) {
			int port = context.getBean(QuireServer.class).port();
			assertThat(context.getBean("driverPortSeenDuringRefresh")).isEqualTo(port);
		}
	}

	@Test
	void failureAfterTheEngineStartedClosesItAndDeletesThePortFile() {
		assertThatException().isThrownBy(() -> run(FailsAfterTheDriverPortOpened.class).close())
			.withStackTraceContaining("the context fails after the driver port opened");
		assertThat(portFile()).doesNotExist();
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), FailsAfterTheDriverPortOpened.port).close());
	}

	@Test
	void driverPortAcceptsConnectionsBeforeTheBeanDefinitionsAreRead() throws IOException {
		WaitsBeforeTheBeanDefinitions.portFile = portFile();
		try (ConfigurableApplicationContext context = run(WaitsBeforeTheBeanDefinitions.class)) {
			assertThat(WaitsBeforeTheBeanDefinitions.port).isEqualTo(context.getBean(QuireServer.class).port());
			assertThat(context.getBean(QuireServerLifecycle.class).server())
				.isSameAs(context.getBean(QuireServer.class));
		}
	}

	@Test
	void failureBeforeTheContextTookTheEngineOverClosesItAndDeletesThePortFile() {
		FailsBeforeTheBeanDefinitions.portFile = portFile();
		assertThatException().isThrownBy(() -> run(FailsBeforeTheBeanDefinitions.class).close())
			.withStackTraceContaining("the context fails before its beans exist");
		assertThat(portFile()).doesNotExist();
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), FailsBeforeTheBeanDefinitions.port).close());
	}

	private ConfigurableApplicationContext run(Class<?> configuration) {
		SpringApplication application = QuireServerApplication.application(configuration);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(Map.of("quire.server.driver-port", "0", "quire.server.data-dir",
				this.temporary.resolve("data").toString(), "quire.server.port-file", portFile().toString()));
		return application.run();
	}

	private Path portFile() {
		return this.temporary.resolve("driver.port");
	}

	/** Waits (at most a minute) for the port file and connects to the port it names. */
	static int connectWhenThePortFileAppears(Environment environment) {
		return connectWhenThePortFileAppears(Path.of(environment.getRequiredProperty("quire.server.port-file")));
	}

	static int connectWhenThePortFileAppears(Path portFile) {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
		try {
			while (!Files.exists(portFile)) {
				if (Instant.now().isAfter(deadline)) {
					throw new IllegalStateException("The port file did not appear while the context was refreshing");
				}
				Thread.sleep(10);
			}
			int port = Integer.parseInt(Files.readString(portFile).trim());
			new Socket(InetAddress.getLoopbackAddress(), port).close();
			return port;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class WaitsForTheDriverPort {

		@Bean
		@Lazy(false)
		@DependsOn("quireServerLifecycle")
		Integer driverPortSeenDuringRefresh(Environment environment) {
			return connectWhenThePortFileAppears(environment);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class FailsAfterTheDriverPortOpened {

		static volatile int port;

		@Bean
		@Lazy(false)
		@DependsOn("quireServerLifecycle")
		Integer failingBean(Environment environment) {
			port = connectWhenThePortFileAppears(environment);
			throw new IllegalStateException("the context fails after the driver port opened");
		}

	}

	/**
	 * Waits for the driver port while the context reads its bean definitions, before any
	 * bean of the application exists.
	 */
	@Configuration(proxyBeanMethods = false)
	static class WaitsBeforeTheBeanDefinitions {

		static volatile Path portFile;

		static volatile int port;

		@Bean
		static BeanFactoryPostProcessor waitForTheDriverPort() {
			return (beanFactory) -> port = connectWhenThePortFileAppears(portFile);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class FailsBeforeTheBeanDefinitions {

		static volatile Path portFile;

		static volatile int port;

		@Bean
		static BeanFactoryPostProcessor failOnceTheDriverPortOpened() {
			return (beanFactory) -> {
				port = connectWhenThePortFileAppears(portFile);
				throw new IllegalStateException("the context fails before its beans exist");
			};
		}

	}

}
