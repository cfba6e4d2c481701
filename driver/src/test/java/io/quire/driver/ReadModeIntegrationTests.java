package io.quire.driver;

import java.util.Map;

import io.quire.driver.testing.ScriptedServer;
import io.quire.driver.testing.TestServers;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code read_mode} and pymongo's {@code slave_okay} go to the server as the global
 * optional argument of every query.
 */
class ReadModeIntegrationTests {

	private static QuireServer primary;

	private static ScriptedServer standby;

	@BeforeAll
	static void startServers() {
		primary = TestServers.start();
		standby = ScriptedServer.withServerInfo(
				Map.of("id", "standby-1", "name", "standby", "proxy", false, "role", "standby", "read_only", true));
	}

	@AfterAll
	static void stopServers() {
		primary.close();
		standby.close();
	}

	private static String lastStart() {
		return standby.queries().stream().filter((query) -> query.startsWith("[1,")).reduce((a, b) -> b).orElseThrow();
	}

	@Test
	void theSessionReadModeShouldBeSentWithEveryQuery() {
		try (Connection connection = ConnectionFactory
			.create(ConnectionOptions.builder()
				.host("127.0.0.1")
				.port(standby.port())
				.password("pw")
				.readMode("majority")
				.build())
			.connect()) {
			r.expr(1).runAtom(connection);
			assertThat(lastStart()).contains("\"read_mode\":\"majority\"");
		}
	}

	@Test
	void slaveOkayShouldPickTheStandbyAndReadOutdated() {
		ConnectionOptions options = ConnectionOptions.parse("rethinkdb://admin:pw@127.0.0.1:" + primary.port()
				+ ",127.0.0.1:" + standby.port() + "?slave_okay=true");
		assertThat(options.targetSessionAttrs()).isEqualTo(TargetSessionAttrs.PREFER_STANDBY);
		try (Connection connection = ConnectionFactory.create(options).connect()) {
			assertThat(connection.port()).isEqualTo(standby.port());
			r.expr(2).runAtom(connection);
			assertThat(lastStart()).contains("\"read_mode\":\"outdated\"");
		}
	}

	@Test
	void anUnknownReadModeShouldBeRefusedByTheServer() {
		try (Connection connection = ConnectionFactory.create(TestServers.options(primary).build()).connect()) {
			assertThatExceptionOfType(QuireQueryLogicException.class)
				.isThrownBy(() -> r.expr(1).runAtom(connection, RunOptions.none().readMode("sometimes"), Long.class))
				.withMessageContaining("Read mode `sometimes` unrecognized");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "single", "majority", "outdated" })
	void aSingleServerShouldServeEveryReadMode(String readMode) {
		try (Connection connection = ConnectionFactory.create(TestServers.options(primary).readMode(readMode).build())
			.connect()) {
			assertThat(r.db("rethinkdb").table("server_config").count().runAtom(connection, Long.class)).isEqualTo(1L);
		}
	}

}
