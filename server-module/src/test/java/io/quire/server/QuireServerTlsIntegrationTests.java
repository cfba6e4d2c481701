package io.quire.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.QuireConnectionException;
import io.quire.driver.QuireDriverException;
import io.quire.driver.SslMode;
import io.quire.driver.TlsOptions;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The application with {@code quire.server.tls.certificate}, {@code private-key} and
 * {@code client-ca} pointing at PEM files made for the test, reached with the Quire
 * driver in {@code verify-full} mode.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE, properties = "quire.server.driver-port=0")
@DirtiesContext
class QuireServerTlsIntegrationTests {

	@TempDir
	static Path temporary;

	private static PemAuthority authority;

	private static PemAuthority.Pair clientCertificate;

	@Autowired
	private QuireServer server;

	@DynamicPropertySource
	static void tlsProperties(DynamicPropertyRegistry registry) {
		authority = new PemAuthority(temporary);
		PemAuthority.Pair serverCertificate = authority.issueForLoopback("server");
		clientCertificate = authority.issueForLoopback("client");
		registry.add("quire.server.data-dir", () -> temporary.resolve("data").toString());
		registry.add("quire.server.tls.certificate", () -> serverCertificate.certificate().toString());
		registry.add("quire.server.tls.private-key", () -> serverCertificate.privateKey().toString());
		registry.add("quire.server.tls.client-ca", () -> authority.certificateFile().toString());
	}

	@Test
	void verifyFullClientWithTheTestCaAndAClientCertificateShouldRunQueries() {
		TlsOptions tls = verifyFull().clientCertificate(clientCertificate.certificate())
			.clientKey(clientCertificate.privateKey())
			.build();
		try (ConnectionFactory factory = ConnectionFactory.create(options(tls));
				Connection connection = factory.connect()) {
			r.db("test").tableCreate("secrets").runAtom(connection);
			r.table("secrets").insert(Map.of("id", 1, "word", "swordfish")).runAtom(connection);
			assertThat(r.table("secrets").g("word").runAtom(connection)).isEqualTo(List.of("swordfish"));
			assertThat(connection.serverInfo().id()).isEqualTo(this.server.serverId().toString());
		}
	}

	@Test
	void clientWithoutTlsShouldBeRefused() {
		ConnectionOptions plain = ConnectionOptions.builder()
			.host("127.0.0.1")
			.port(this.server.port())
			.connectTimeout(Duration.ofSeconds(2))
			.build();
		assertThatExceptionOfType(QuireDriverException.class).isThrownBy(() -> ping(plain));
	}

	@Test
	void clientWithoutACertificateShouldBeRefusedSinceTheClientCaIsSet() {
		assertThatExceptionOfType(QuireConnectionException.class).isThrownBy(() -> ping(options(verifyFull().build())));
	}

	@Test
	void clientTrustingAnotherCaShouldRefuseTheServer() throws IOException {
		Path otherCa = new PemAuthority(Files.createDirectories(temporary.resolve("other"))).certificateFile();
		TlsOptions tls = TlsOptions.builder()
			.mode(SslMode.VERIFY_FULL)
			.caCertificates(otherCa)
			.clientCertificate(clientCertificate.certificate())
			.clientKey(clientCertificate.privateKey())
			.build();
		assertThatExceptionOfType(QuireConnectionException.class).isThrownBy(() -> ping(options(tls)));
	}

	private TlsOptions.Builder verifyFull() {
		return TlsOptions.builder().mode(SslMode.VERIFY_FULL).caCertificates(authority.certificateFile());
	}

	private ConnectionOptions options(TlsOptions tls) {
		return ConnectionOptions.builder()
			.host("127.0.0.1")
			.port(this.server.port())
			.tls(tls)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	private static long ping(ConnectionOptions options) {
		try (ConnectionFactory factory = ConnectionFactory.create(options); Connection connection = factory.connect()) {
			return r.expr(41).add(1).runAtom(connection, Long.class);
		}
	}

}
