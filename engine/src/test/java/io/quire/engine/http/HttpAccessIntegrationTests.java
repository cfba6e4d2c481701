package io.quire.engine.http;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.gen.exc.ReqlPermissionError;
import com.rethinkdb.net.Connection;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The server's settings for {@code r.http}: switched off, or limited to listed hosts. */
class HttpAccessIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	private TestHttpServer web;

	private QuireServer server;

	private Connection connection;

	@BeforeEach
	void startWeb() throws IOException {
		this.web = new TestHttpServer();
	}

	@AfterEach
	void stop() {
		if (this.connection != null) {
			this.connection.close(false);
		}
		if (this.server != null) {
			this.server.close();
		}
		this.web.close();
	}

	private void start(QuireServer.Builder builder) {
		this.server = builder.port(0).inMemory().build();
		this.server.start();
		this.connection = r.connection().hostname("127.0.0.1").port(this.server.port()).connect();
	}

	@Test
	void aDisabledServerShouldRefuseEveryRequest() {
		start(QuireServer.builder().httpEnabled(false));
		assertThatExceptionOfType(ReqlPermissionError.class)
			.isThrownBy(() -> r.http(this.web.url("/echo")).run(this.connection))
			.withMessageStartingWith("`r.http` is disabled on this server (setting `quire.server.http.enabled`).");
		assertThat(r.js("1").runAtom(this.connection, Long.class)).isEqualTo(1L);
	}

	@Test
	void onlyListedHostsShouldBeReached() {
		start(QuireServer.builder().httpAllowedHosts(List.of("LOCALHOST", "*.example.org")));
		Map<?, ?> echo = r.http(this.web.url("localhost", "/echo")).runAtom(this.connection, Map.class);
		assertThat(echo.get("method")).isEqualTo("GET");
		assertThatExceptionOfType(ReqlPermissionError.class)
			.isThrownBy(() -> r.http(this.web.url("127.0.0.1", "/echo")).run(this.connection))
			.withMessageStartingWith("`r.http` may not reach host `127.0.0.1`");
	}

	@Test
	void aRedirectToAnotherHostShouldBeCheckedToo() {
		start(QuireServer.builder().httpAllowedHosts(List.of("localhost")));
		String elsewhere = this.web.url("127.0.0.1", "/echo");
		assertThatExceptionOfType(ReqlPermissionError.class)
			.isThrownBy(() -> r.http(this.web.url("localhost", "/to?url=" + elsewhere)).run(this.connection))
			.withMessageStartingWith("`r.http` may not reach host `127.0.0.1`");
	}

	@Test
	void theSettingsShouldBeVisibleInTheServerOptions() {
		start(QuireServer.builder().httpEnabled(false).httpAllowedHosts(List.of(" Example.COM ")));
		assertThat(this.server.options().http().enabled()).isFalse();
		assertThat(this.server.options().http().allowedHosts()).containsExactly("example.com");
	}

}
