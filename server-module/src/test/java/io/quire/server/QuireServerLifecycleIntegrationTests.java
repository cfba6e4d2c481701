package io.quire.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import io.quire.engine.QuireServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The lifecycle around a real in-memory engine: port file, exposure warning, shutdown.
 */
@ExtendWith(OutputCaptureExtension.class)
class QuireServerLifecycleIntegrationTests {

	@TempDir
	Path temporary;

	@Test
	void startWritesThePortFileAndStopDeletesItAfterClosingTheServer(CapturedOutput output) throws IOException {
		QuireServerProperties properties = properties("127.0.0.1", "");
		properties.setPortFile(this.temporary.resolve("driver.port"));
		QuireServer server = server("127.0.0.1");
		QuireServerLifecycle lifecycle = new QuireServerLifecycle(server, properties, Clock.systemUTC());
		lifecycle.start();
		int port = server.port();
		assertThat(Files.readString(properties.getPortFile()).trim()).isEqualTo(Integer.toString(port));
		assertThat(lifecycle.isRunning()).isTrue();
		lifecycle.stop();
		assertThat(lifecycle.isRunning()).isFalse();
		assertThat(server.isRunning()).isFalse();
		assertThat(properties.getPortFile()).doesNotExist();
		assertThat(output).contains("Quire stopped");
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close());
	}

	@Test
	void startWarnsWhenEveryInterfaceListensAndAdminHasNoPassword(CapturedOutput output) {
		runBriefly("0.0.0.0", "");
		assertThat(output).contains("WARN").contains("which is not a loopback address");
	}

	@Test
	void startDoesNotWarnOnLoopback(CapturedOutput output) {
		runBriefly("127.0.0.1", "");
		assertThat(output).contains("Quire ready on 127.0.0.1:").doesNotContain("not a loopback address");
	}

	@Test
	void startDoesNotWarnWhenAdminHasAnInitialPassword(CapturedOutput output) {
		runBriefly("0.0.0.0", "s3cret");
		assertThat(output).contains("Quire ready on 0.0.0.0:").doesNotContain("not a loopback address");
	}

	@Test
	void uptimeGrowsWhileRunningAndIsZeroWhenStopped() throws InterruptedException {
		QuireServerLifecycle lifecycle = new QuireServerLifecycle(server("127.0.0.1"), properties("127.0.0.1", ""),
				Clock.systemUTC());
		lifecycle.start();
		Thread.sleep(20);
		assertThat(lifecycle.uptime()).isPositive();
		assertThat(lifecycle.startedAt()).isNotNull();
		lifecycle.stop();
		assertThat(lifecycle.uptime()).isZero();
		assertThat(lifecycle.startedAt()).isNull();
	}

	private void runBriefly(String bindAddress, String password) {
		QuireServerLifecycle lifecycle = new QuireServerLifecycle(server(bindAddress, password),
				properties(bindAddress, password), Clock.systemUTC());
		lifecycle.start();
		lifecycle.stop();
	}

	private static QuireServerProperties properties(String bindAddress, String password) {
		QuireServerProperties properties = new QuireServerProperties();
		properties.setBindAddress(bindAddress);
		properties.setInitialPassword(password);
		return properties;
	}

	private static QuireServer server(String bindAddress) {
		return server(bindAddress, "");
	}

	private static QuireServer server(String bindAddress, String initialPassword) {
		return QuireServer.builder()
			.port(0)
			.bindAddress(bindAddress)
			.inMemory()
			.initialPassword(initialPassword)
			.build();
	}

}
