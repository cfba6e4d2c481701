package io.quire.driver;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import io.quire.driver.testing.TestCertificates;
import io.quire.driver.testing.TestServers;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TlsIntegrationTests {

	@TempDir
	static Path directory;

	private static TestCertificates authority;

	private static TestCertificates.Issued serverCertificate;

	private static TestCertificates.Issued clientCertificate;

	private static Path otherAuthority;

	private static QuireServer tlsServer;

	private static QuireServer mutualTlsServer;

	private static QuireServer wrongNameServer;

	private static QuireServer plainServer;

	@BeforeAll
	static void startServers() {
		authority = TestCertificates.authority(directory, "quire-test");
		serverCertificate = authority.issue("server", "localhost", "127.0.0.1");
		clientCertificate = authority.issue("client", "client.quire.test");
		otherAuthority = TestCertificates.authority(directory, "other").caFile();
		TestCertificates.Issued elsewhere = authority.issue("elsewhere", "example.invalid");
		tlsServer = start(serverCertificate, null);
		mutualTlsServer = start(serverCertificate, authority.caFile());
		wrongNameServer = start(elsewhere, null);
		plainServer = TestServers.start();
	}

	private static QuireServer start(TestCertificates.Issued certificate, Path clientCa) {
		QuireServer.Builder builder = QuireServer.builder()
			.port(0)
			.inMemory()
			.initialPassword(TestServers.PASSWORD)
			.tls(certificate.certificate(), certificate.key());
		if (clientCa != null) {
			builder.tlsClientCertificates(clientCa);
		}
		QuireServer server = builder.build();
		server.start();
		return server;
	}

	@AfterAll
	static void stopServers() {
		tlsServer.close();
		mutualTlsServer.close();
		wrongNameServer.close();
		plainServer.close();
	}

	private static ConnectionOptions options(QuireServer server, TlsOptions tls) {
		return TestServers.options(server).tls(tls).connectTimeout(Duration.ofSeconds(5)).build();
	}

	private static long ping(ConnectionOptions options) {
		try (Connection connection = ConnectionFactory.create(options).connect()) {
			return r.expr(41).add(1).runAtom(connection, Long.class);
		}
	}

	@Test
	void verifyFullShouldConnectToAServerSignedByTheCa() {
		TlsOptions tls = TlsOptions.builder().caCertificates(authority.caFile()).build();
		assertThat(tls.mode()).isEqualTo(SslMode.VERIFY_FULL);
		assertThat(ping(options(tlsServer, tls))).isEqualTo(42L);
	}

	@Test
	void aServerSignedByAnotherCaShouldBeRefused() {
		TlsOptions tls = TlsOptions.builder().caCertificates(otherAuthority).build();
		assertThatExceptionOfType(QuireConnectionException.class).isThrownBy(() -> ping(options(tlsServer, tls)));
	}

	@Test
	void verifyFullShouldRefuseACertificateForAnotherHostWhichVerifyCaAccepts() {
		TlsOptions full = TlsOptions.builder().caCertificates(authority.caFile()).build();
		assertThatExceptionOfType(QuireConnectionException.class)
			.isThrownBy(() -> ping(options(wrongNameServer, full)));
		TlsOptions ca = full.mutate().mode(SslMode.VERIFY_CA).build();
		assertThat(ping(options(wrongNameServer, ca))).isEqualTo(42L);
	}

	@Test
	void hostaddrShouldConnectToTheAddressAndVerifyTheHostName() {
		TlsOptions full = TlsOptions.builder().caCertificates(authority.caFile()).build();
		ConnectionOptions byName = options(wrongNameServer, full).mutate()
			.host("example.invalid")
			.hostaddr("127.0.0.1")
			.build();
		assertThat(ping(byName)).isEqualTo(42L);
		ConnectionOptions otherName = byName.mutate().host("localhost").build();
		assertThatExceptionOfType(QuireConnectionException.class).isThrownBy(() -> ping(otherName));
	}

	@Test
	void requireShouldEncryptWithoutVerifying() {
		assertThat(ping(options(tlsServer, TlsOptions.builder().mode(SslMode.REQUIRE).build()))).isEqualTo(42L);
	}

	@Test
	void aPlainClientShouldNotReachATlsServer() {
		assertThatExceptionOfType(QuireDriverException.class)
			.isThrownBy(() -> ping(TestServers.options(tlsServer).connectTimeout(Duration.ofSeconds(2)).build()));
	}

	@Test
	void preferShouldFallBackToPlainTextAndAllowShouldFallBackToTls() {
		assertThat(ping(options(plainServer, TlsOptions.builder().mode(SslMode.PREFER).build()))).isEqualTo(42L);
		assertThat(ping(options(tlsServer, TlsOptions.builder().mode(SslMode.ALLOW).build()))).isEqualTo(42L);
	}

	@Test
	void aClientCertificateShouldBePresentedWhenTheServerRequiresOne() {
		TlsOptions withCertificate = TlsOptions.builder()
			.caCertificates(authority.caFile())
			.clientCertificate(clientCertificate.certificate())
			.clientKey(clientCertificate.key())
			.build();
		assertThat(ping(options(mutualTlsServer, withCertificate))).isEqualTo(42L);
		TlsOptions without = TlsOptions.builder().caCertificates(authority.caFile()).build();
		assertThatExceptionOfType(QuireConnectionException.class)
			.isThrownBy(() -> ping(options(mutualTlsServer, without)));
	}

	@Test
	void aRevokedServerCertificateShouldBeRefused() {
		TlsOptions revoked = TlsOptions.builder()
			.caCertificates(authority.caFile())
			.revocationList(authority.revocationList(serverCertificate.serial()))
			.build();
		assertThatExceptionOfType(QuireConnectionException.class).isThrownBy(() -> ping(options(tlsServer, revoked)));
		TlsOptions notRevoked = revoked.mutate()
			.revocationList(authority.revocationList(clientCertificate.serial()))
			.build();
		assertThat(ping(options(tlsServer, notRevoked))).isEqualTo(42L);
	}

	@Test
	void tlsShouldBeConfigurableFromTheUri() {
		String uri = "rethinkdb://admin:pw@127.0.0.1:" + tlsServer.port() + "/test?ssl=true&ca_certs="
				+ URLEncoder.encode(authority.caFile().toString(), StandardCharsets.UTF_8) + "&timeout=5s";
		assertThat(ping(ConnectionOptions.parse(uri))).isEqualTo(42L);
	}

}
