package io.quire.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quire.engine.QuireServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Starts that must fail, and the report the user sees: invalid settings name their
 * property, a taken data directory or driver port says what to change.
 */
@ExtendWith(OutputCaptureExtension.class)
class QuireServerStartupFailureIntegrationTests {

	@TempDir
	Path temporary;

	@Test
	void driverPortOutOfRangeNamesTheProperty(CapturedOutput output) {
		assertStartFails("--quire.server.driver-port=70000");
		assertThat(output).contains("Property: quire.server.driverPort")
			.contains("Origin: \"quire.server.driver-port\"")
			.contains("must be less than or equal to 65535");
	}

	@Test
	void blankBindAddressNamesTheProperty(CapturedOutput output) {
		assertStartFails("--quire.server.bind-address= ");
		assertThat(output).contains("Property: quire.server.bindAddress").contains("must not be blank");
	}

	@Test
	void nonPositiveShutdownTimeoutNamesTheProperty(CapturedOutput output) {
		assertStartFails("--quire.server.shutdown-timeout=0s");
		assertThat(output).contains("Property: quire.server.shutdownTimeout").contains("must be a positive duration");
	}

	@Test
	void zeroMaxConnectionsNamesTheProperty(CapturedOutput output) {
		assertStartFails("--quire.server.max-connections=0");
		assertThat(output).contains("Property: quire.server.maxConnections").contains("must be greater than 0");
	}

	@Test
	void tlsCertificateWithoutPrivateKeyNamesTheMissingProperty(CapturedOutput output) throws IOException {
		Path certificate = Files.writeString(this.temporary.resolve("server.pem"), "not used");
		assertStartFails("--quire.server.tls.certificate=" + certificate);
		assertThat(output).contains("Property: quire.server.tls.privateKey")
			.contains("must be set when quire.server.tls.certificate is set");
	}

	@Test
	void unreadableTlsFileNamesTheProperty(CapturedOutput output) {
		assertStartFails("--quire.server.tls.certificate=" + this.temporary.resolve("missing.pem"),
				"--quire.server.tls.private-key=" + this.temporary.resolve("missing.key"));
		assertThat(output).contains("Property: quire.server.tls.certificate").contains("must be a readable file");
	}

	@Test
	void secondServerOnADataDirectoryInUseFailsWithAClearMessage(CapturedOutput output) {
		try (ConfigurableApplicationContext first = start()) {
			assertStartFails();
			assertThat(output).contains("Quire could not start")
				.contains("Another Quire server is using this data directory")
				.contains("quire.server.data-dir");
			assertThat(first.getBean(QuireServer.class).health().isUp()).isTrue();
		}
	}

	@Test
	void takenDriverPortFailsWithAClearMessage(CapturedOutput output) throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			assertStartFails("--quire.server.driver-port=" + taken.getLocalPort());
			assertThat(output).contains("Quire could not start").contains("quire.server.driver-port");
		}
	}

	private void assertStartFails(String... arguments) {
		assertThatException().isThrownBy(() -> start(arguments).close());
	}

	private ConfigurableApplicationContext start(String... arguments) {
		SpringApplication application = QuireServerApplication.application();
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(Map.of("quire.server.driver-port", "0", "quire.server.data-dir",
				this.temporary.resolve("data").toString()));
		return application.run(arguments);
	}

}
