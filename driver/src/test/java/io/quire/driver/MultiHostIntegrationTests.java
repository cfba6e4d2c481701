package io.quire.driver;

import java.util.Map;

import io.quire.driver.testing.ScriptedServer;
import io.quire.driver.testing.TestServers;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MultiHostIntegrationTests {

	private static QuireServer primary;

	private static ScriptedServer standby;

	private static ScriptedServer rethinkDb;

	private static ScriptedServer removed;

	@BeforeAll
	static void startServers() {
		primary = TestServers.start();
		standby = ScriptedServer.withServerInfo(
				Map.of("id", "standby-1", "name", "standby", "proxy", false, "role", "standby", "read_only", true));
		rethinkDb = ScriptedServer.withServerInfo(Map.of("id", "rethinkdb-1", "name", "rethinkdb", "proxy", false));
		removed = ScriptedServer.withServerInfo(
				Map.of("id", "removed-1", "name", "removed", "proxy", false, "role", "removed", "read_only", true));
	}

	@AfterAll
	static void stopServers() {
		primary.close();
		standby.close();
		rethinkDb.close();
		removed.close();
	}

	private static Connection connect(TargetSessionAttrs attrs, int... ports) {
		String[] hosts = new String[ports.length];
		for (int i = 0; i < ports.length; i++) {
			hosts[i] = "127.0.0.1:" + ports[i];
		}
		return ConnectionFactory
			.create(ConnectionOptions.builder()
				.hosts(hosts)
				.password(TestServers.PASSWORD)
				.targetSessionAttrs(attrs)
				.build())
			.connect();
	}

	@Test
	void theFirstHostBeingDownShouldLeadToTheSecond() {
		try (Connection connection = connect(TargetSessionAttrs.ANY, TestServers.closedPort(), primary.port())) {
			assertThat(connection.port()).isEqualTo(primary.port());
			assertThat(connection.nodes()).first().isEqualTo(new HostAndPort("127.0.0.1", primary.port()));
			assertThat(connection.nodes()).hasSize(2);
		}
	}

	@Test
	void everyHostBeingDownShouldNameThemAll() {
		int first = TestServers.closedPort();
		int second = TestServers.closedPort();
		assertThatExceptionOfType(QuireConnectionException.class)
			.isThrownBy(() -> connect(TargetSessionAttrs.ANY, first, second))
			.withMessageContaining(String.valueOf(first))
			.withMessageContaining(String.valueOf(second));
	}

	@Test
	void readWriteShouldSkipAReadOnlyStandby() {
		try (Connection connection = connect(TargetSessionAttrs.READ_WRITE, standby.port(), primary.port())) {
			assertThat(connection.port()).isEqualTo(primary.port());
		}
	}

	@Test
	void standbyShouldSkipThePrimary() {
		try (Connection connection = connect(TargetSessionAttrs.STANDBY, primary.port(), standby.port())) {
			assertThat(connection.port()).isEqualTo(standby.port());
			assertThat(connection.serverInfo().role()).isEqualTo("standby");
		}
	}

	@Test
	void preferStandbyShouldPickAStandbyOrFallBackToAnyServer() {
		try (Connection connection = connect(TargetSessionAttrs.PREFER_STANDBY, primary.port(), standby.port())) {
			assertThat(connection.port()).isEqualTo(standby.port());
		}
		try (Connection connection = connect(TargetSessionAttrs.PREFER_STANDBY, primary.port())) {
			assertThat(connection.port()).isEqualTo(primary.port());
		}
	}

	@Test
	void aMemberRemovedFromItsGroupShouldBeSkippedUnlessAnyServerWillDo() {
		try (Connection connection = connect(TargetSessionAttrs.PREFER_STANDBY, removed.port(), standby.port())) {
			assertThat(connection.port()).isEqualTo(standby.port());
		}
		assertThatExceptionOfType(QuireConnectionException.class)
			.isThrownBy(() -> connect(TargetSessionAttrs.READ_ONLY, removed.port()))
			.withMessageContaining("is a server removed from its group, which does not fit target_session_attrs");
		try (Connection connection = connect(TargetSessionAttrs.ANY, removed.port())) {
			assertThat(connection.serverInfo().isRemoved()).isTrue();
		}
	}

	@Test
	void noFittingServerShouldFailNamingTheAttribute() {
		assertThatExceptionOfType(QuireConnectionException.class)
			.isThrownBy(() -> connect(TargetSessionAttrs.READ_ONLY, primary.port()))
			.withMessageContaining("target_session_attrs=read-only");
	}

	@Test
	void aServerWithoutRoleShouldCountAsAReadWritePrimary() {
		try (Connection connection = connect(TargetSessionAttrs.PRIMARY, rethinkDb.port())) {
			ServerInfo info = connection.serverInfo();
			assertThat(info.isPrimary()).isTrue();
			assertThat(info.readOnly()).isFalse();
		}
		try (Connection connection = connect(TargetSessionAttrs.READ_WRITE, rethinkDb.port())) {
			assertThat(connection.port()).isEqualTo(rethinkDb.port());
		}
	}

}
