package io.quire.driver;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import io.quire.driver.testing.ScriptedServer;
import org.junit.jupiter.api.Test;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TimeoutIntegrationTests {

	@Test
	void connectTimeoutShouldBoundAServerThatAcceptsButNeverAnswers() throws Exception {
		try (ServerSocket neverAccepts = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
			ConnectionOptions options = ConnectionOptions.builder()
				.host("127.0.0.1")
				.port(neverAccepts.getLocalPort())
				.connectTimeout(Duration.ofMillis(300))
				.build();
			assertThatExceptionOfType(QuireTimeoutException.class)
				.isThrownBy(() -> ConnectionFactory.create(options).connect())
				.withMessageContaining("connect_timeout")
				.withMessageContaining(String.valueOf(neverAccepts.getLocalPort()));
		}
	}

	@Test
	void connectTimeoutShouldBeReportedAsyncToo() throws Exception {
		try (ServerSocket neverAccepts = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
			ConnectionOptions options = ConnectionOptions
				.parse("rethinkdb://127.0.0.1:" + neverAccepts.getLocalPort() + "?timeout=200ms");
			assertThat(ConnectionFactory.create(options).connectAsync()).failsWithin(Duration.ofSeconds(10))
				.withThrowableThat()
				.havingCause()
				.isInstanceOf(QuireTimeoutException.class);
		}
	}

	@Test
	void networkTimeoutShouldBoundTheWaitForAResponse() {
		try (ScriptedServer silent = ScriptedServer.silent()) {
			ConnectionOptions options = ConnectionOptions.builder()
				.host("127.0.0.1")
				.port(silent.port())
				.password("pw")
				.networkTimeout(Duration.ofMillis(300))
				.build();
			try (Connection connection = ConnectionFactory.create(options).connect()) {
				assertThatExceptionOfType(QuireTimeoutException.class).isThrownBy(() -> r.expr(1).runAtom(connection))
					.withMessageContaining("network timeout of 300 ms");
				assertThat(connection.serverInfo().id()).isEqualTo("silent");
			}
		}
	}

}
