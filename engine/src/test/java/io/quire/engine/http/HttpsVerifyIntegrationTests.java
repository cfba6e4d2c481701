package io.quire.engine.http;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.gen.exc.ReqlNonExistenceError;
import com.rethinkdb.net.Connection;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code verify} against an HTTPS server whose self-signed certificate no CA vouches for.
 */
class HttpsVerifyIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	private static final String PASSWORD = "changeit";

	@TempDir
	Path directory;

	private HttpsServer web;

	private QuireServer server;

	private Connection connection;

	@BeforeEach
	void start() throws Exception {
		this.web = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.web.setHttpsConfigurator(new HttpsConfigurator(selfSigned()));
		this.web.createContext("/", (exchange) -> {
			byte[] body = "secret".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/plain");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.web.start();
		this.server = QuireServer.builder().port(0).inMemory().build();
		this.server.start();
		this.connection = r.connection().hostname("127.0.0.1").port(this.server.port()).connect();
	}

	@AfterEach
	void stop() {
		this.connection.close(false);
		this.server.close();
		this.web.stop(0);
	}

	private SSLContext selfSigned() throws Exception {
		Path store = this.directory.resolve("server.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", "server", "-keyalg", "EC", "-dname", "CN=localhost", "-ext",
				"SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore",
				store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
			.inheritIO()
			.start();
		assertThat(keytool.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(keytool.exitValue()).isZero();
		KeyStore keys = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(store)) {
			keys.load(in, PASSWORD.toCharArray());
		}
		KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		factory.init(keys, PASSWORD.toCharArray());
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(factory.getKeyManagers(), null, null);
		return context;
	}

	@Test
	void anUntrustedCertificateShouldFailUnlessVerifyIsOff() {
		String url = "https://127.0.0.1:" + this.web.getAddress().getPort() + "/";
		assertThatExceptionOfType(ReqlNonExistenceError.class)
			.isThrownBy(() -> r.http(url).optArg("verify", true).run(this.connection))
			.withMessage("Error in HTTP GET of `" + url
					+ "`: Peer certificate cannot be authenticated with given CA certificates.");
		assertThat(r.http(url).optArg("verify", false).runAtom(this.connection, String.class)).isEqualTo("secret");
	}

}
