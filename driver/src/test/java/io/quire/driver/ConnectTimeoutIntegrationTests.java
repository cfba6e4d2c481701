package io.quire.driver;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import io.quire.driver.testing.ScriptedServer;
import io.quire.driver.testing.TestServers;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.Test;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code connect_timeout} bounds the whole opening of a connection, the role probe of
 * {@code target_session_attrs} included, and 0 means no bound.
 */
class ConnectTimeoutIntegrationTests {

	private static ConnectionOptions readWrite(int port, Duration connectTimeout) {
		return ConnectionOptions.builder()
			.host("127.0.0.1")
			.port(port)
			.password(TestServers.PASSWORD)
			.targetSessionAttrs(TargetSessionAttrs.READ_WRITE)
			.connectTimeout(connectTimeout)
			.build();
	}

	@Test
	void connectTimeoutShouldBoundARoleProbeThatIsNeverAnswered() {
		try (ScriptedServer mute = ScriptedServer.mute()) {
			ConnectionOptions options = readWrite(mute.port(), Duration.ofMillis(500));
			assertThat(options.networkTimeout()).isNull();
			assertThat(ConnectionFactory.create(options).connectAsync()).failsWithin(Duration.ofSeconds(30))
				.withThrowableThat()
				.havingCause()
				.isInstanceOf(QuireTimeoutException.class)
				.withMessageContaining("connect_timeout")
				.withMessageContaining("role probe")
				.withMessageContaining(String.valueOf(mute.port()));
		}
	}

	@Test
	void connectTimeoutShouldBoundAStalledHandshakeWithATargetSessionAttrs() throws Exception {
		try (ServerSocket stalls = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
			ConnectionOptions options = readWrite(stalls.getLocalPort(), Duration.ofMillis(500));
			assertThat(ConnectionFactory.create(options).connectAsync()).failsWithin(Duration.ofSeconds(30))
				.withThrowableThat()
				.havingCause()
				.isInstanceOf(QuireTimeoutException.class)
				.withMessageContaining("connect_timeout");
		}
	}

	@Test
	void aMuteHostShouldBeSkippedForTheNextHostWithinTheConnectTimeout() {
		try (ScriptedServer mute = ScriptedServer.mute(); QuireServer primary = TestServers.start()) {
			ConnectionOptions options = ConnectionOptions.builder()
				.hosts("127.0.0.1:" + mute.port(), "127.0.0.1:" + primary.port())
				.password(TestServers.PASSWORD)
				.targetSessionAttrs(TargetSessionAttrs.READ_WRITE)
				.connectTimeout(Duration.ofMillis(500))
				.build();
			try (Connection connection = ConnectionFactory.create(options).connect()) {
				assertThat(connection.port()).isEqualTo(primary.port());
			}
		}
	}

	@Test
	void connectTimeoutZeroShouldConnectWithoutABound() {
		try (QuireServer server = TestServers.start()) {
			ConnectionOptions options = ConnectionOptions.parse("rethinkdb://admin:pw@127.0.0.1:" + server.port()
					+ "?connect_timeout=0" + "&target_session_attrs=read-write");
			assertThat(options.connectTimeout()).isNull();
			try (Connection connection = ConnectionFactory.create(options).connect()) {
				assertThat(r.expr(41).add(1).runAtom(connection, Long.class)).isEqualTo(42L);
			}
		}
	}

}
