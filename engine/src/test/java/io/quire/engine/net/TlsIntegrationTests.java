package io.quire.engine.net;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.gen.exc.ReqlError;
import com.rethinkdb.net.Connection;
import io.quire.engine.QuireServer;
import io.quire.engine.ServerStartException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * TLS on the driver port with a CA made in the test. The successful handshakes use a raw
 * client on a JDK TLS socket: the official Java driver 2.4.4 waits for handshake replies
 * by polling {@code InputStream.available()}, which stays 0 on a TLS socket until
 * something reads, so it cannot finish a handshake over TLS with any server. It still
 * shows that bad TLS is refused.
 */
class TlsIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	@TempDir
	static Path directory;

	private static TestCertificates certificates;

	@BeforeAll
	static void makeCertificates() throws Exception {
		certificates = TestCertificates.create(directory);
	}

	@Test
	void clientTrustingTheCaShouldAuthenticateAndQueryOverTls() throws Exception {
		try (QuireServer server = start(QuireServer.builder());
				RawClient client = RawClient.authenticated(tlsSocket(server, certificates.clientContext("ca", null)),
						"admin", "")) {
			client.sendFrame(1, "[1,\"secure\"]");
			assertThat(client.readReply().result(0)).isEqualTo("secure");
			assertThat(server.connections()).hasSize(1);
		}
	}

	@Test
	void driverTrustingAnotherCaShouldBeRefused() throws Exception {
		try (QuireServer server = start(QuireServer.builder())) {
			assertThatThrownBy(() -> builder(server).sslContext(certificates.clientContext("stranger", null)).connect())
				.isInstanceOf(ReqlError.class);
		}
	}

	@Test
	void plainClientShouldNotGetThroughATlsPort() {
		try (QuireServer server = start(QuireServer.builder())) {
			assertThatThrownBy(() -> builder(server).connect()).isInstanceOf(ReqlError.class);
			assertThat(server.connections()).isEmpty();
		}
	}

	@Test
	void requiredClientCertificateSignedByTheCaShouldBeAccepted() throws Exception {
		QuireServer.Builder builder = QuireServer.builder().tlsClientCertificates(certificates.certificate("ca"));
		try (QuireServer server = start(builder);
				RawClient client = RawClient
					.authenticated(tlsSocket(server, certificates.clientContext("ca", "client")), "admin", "")) {
			client.sendFrame(1, "[1,7]");
			assertThat(client.readReply().result(0)).isEqualTo(7L);
		}
	}

	@Test
	void clientWithoutTheRequiredCertificateShouldBeRefused() throws Exception {
		QuireServer.Builder builder = QuireServer.builder().tlsClientCertificates(certificates.certificate("ca"));
		try (QuireServer server = start(builder)) {
			assertThatThrownBy(() -> builder(server).sslContext(certificates.clientContext("ca", null)).connect())
				.isInstanceOf(ReqlError.class);
		}
	}

	@Test
	void unreadableKeyShouldFailTheStartClearly() {
		QuireServer server = QuireServer.builder()
			.port(0)
			.inMemory()
			.tls(certificates.chain("server"), directory.resolve("absent-key.pem"))
			.build();
		assertThatThrownBy(server::start).isInstanceOf(ServerStartException.class)
			.hasMessageContaining("Cannot set up TLS");
	}

	private static QuireServer start(QuireServer.Builder builder) {
		QuireServer server = builder.port(0)
			.inMemory()
			.tls(certificates.chain("server"), certificates.key("server"))
			.build();
		server.start();
		return server;
	}

	private static Socket tlsSocket(QuireServer server, SSLContext context) throws IOException {
		SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", server.port());
		socket.startHandshake();
		return socket;
	}

	private static Connection.Builder builder(QuireServer server) {
		return r.connection().hostname("127.0.0.1").port(server.port()).timeout(1000L);
	}

}
