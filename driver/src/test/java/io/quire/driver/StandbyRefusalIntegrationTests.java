package io.quire.driver;

import java.util.Map;

import io.quire.driver.pool.ConnectionPool;
import io.quire.driver.pool.PoolOptions;
import io.quire.driver.testing.ScriptedServer;
import io.quire.driver.testing.TestServers;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A standby refuses a write with the error a Quire standby sends, naming the primary: the
 * write fails with a retryable {@link QuireNotPrimaryException} and the next operation
 * goes to that primary (a real server here; the standby is scripted, since a cluster is
 * not needed to say the words).
 */
class StandbyRefusalIntegrationTests {

	private static QuireServer primary;

	private static ScriptedServer standby;

	private static ScriptedServer formerPrimary;

	@BeforeAll
	static void startServers() {
		primary = TestServers.start();
		String refusal = "Cannot perform write: server `standby` is a standby; the primary is `quire` (127.0.0.1:"
				+ primary.port() + ").";
		standby = ScriptedServer.refusing(
				Map.of("id", "standby-1", "name", "standby", "proxy", false, "role", "standby", "read_only", true),
				refusal);
		// still says it is the primary when asked, then refuses: it lost an election
		// meanwhile
		formerPrimary = ScriptedServer.refusing(
				Map.of("id", "former-1", "name", "standby", "proxy", false, "role", "primary", "read_only", false),
				refusal);
	}

	@AfterAll
	static void stopServers() {
		primary.close();
		standby.close();
		formerPrimary.close();
	}

	private static ConnectionOptions options(TargetSessionAttrs attrs, int... ports) {
		String[] hosts = new String[ports.length];
		for (int i = 0; i < ports.length; i++) {
			hosts[i] = "127.0.0.1:" + ports[i];
		}
		return ConnectionOptions.builder()
			.hosts(hosts)
			.password(TestServers.PASSWORD)
			.targetSessionAttrs(attrs)
			.build();
	}

	private static void writeShouldBeRefusedNamingThePrimary(Connection connection) {
		assertThatExceptionOfType(QuireNotPrimaryException.class)
			.isThrownBy(() -> r.expr(Map.of("a", 1)).runAtom(connection))
			.withMessageContaining("server `standby` is a standby")
			.satisfies((refusal) -> {
				assertThat(refusal.isRetryable()).isTrue();
				assertThat(refusal.server()).isEqualTo("standby");
				assertThat(refusal.primaryName()).isEqualTo("quire");
				assertThat(refusal.primary()).isEqualTo(new HostAndPort("127.0.0.1", primary.port()));
			});
	}

	@Test
	void withAnyTheNextOperationAfterARefusalShouldGoToThePrimaryTheStandbyNamed() {
		try (Connection connection = ConnectionFactory
			.create(options(TargetSessionAttrs.ANY, standby.port(), primary.port()))
			.connect()) {
			assertThat(connection.port()).isEqualTo(standby.port());
			writeShouldBeRefusedNamingThePrimary(connection);
			assertThat(r.expr(1).runAtom(connection, Long.class)).isEqualTo(1L);
			assertThat(connection.port()).isEqualTo(primary.port());
		}
	}

	@Test
	void aPrimaryThatBecameAStandbyShouldBeLeftForTheNewPrimary() {
		try (Connection connection = ConnectionFactory
			.create(options(TargetSessionAttrs.READ_WRITE, formerPrimary.port(), primary.port()))
			.connect()) {
			assertThat(connection.port()).isEqualTo(formerPrimary.port());
			writeShouldBeRefusedNamingThePrimary(connection);
			assertThat(r.expr(2).runAtom(connection, Long.class)).isEqualTo(2L);
			assertThat(connection.port()).isEqualTo(primary.port());
		}
	}

	@Test
	void withoutAutoReconnectARefusalShouldStillReRoute() {
		ConnectionOptions options = options(TargetSessionAttrs.READ_WRITE, formerPrimary.port(), primary.port())
			.mutate()
			.autoReconnect(false)
			.build();
		try (Connection connection = ConnectionFactory.create(options).connect()) {
			writeShouldBeRefusedNamingThePrimary(connection);
			assertThat(r.expr(3).runAtom(connection, Long.class)).isEqualTo(3L);
			assertThat(connection.port()).isEqualTo(primary.port());
		}
	}

	@Test
	void aPooledConnectionShouldReRouteAfterARefusal() {
		try (ConnectionPool pool = ConnectionPool.create(
				options(TargetSessionAttrs.READ_WRITE, formerPrimary.port(), primary.port()),
				PoolOptions.builder().initialSize(1).maxSize(1).build())) {
			try (Connection connection = pool.connect()) {
				writeShouldBeRefusedNamingThePrimary(connection);
			}
			try (Connection connection = pool.connect()) {
				assertThat(r.expr(4).runAtom(connection, Long.class)).isEqualTo(4L);
				assertThat(connection.port()).isEqualTo(primary.port());
			}
		}
	}

	@Test
	void aConnectionThatWantsAStandbyShouldStayOnItAfterARefusal() {
		try (Connection connection = ConnectionFactory
			.create(options(TargetSessionAttrs.STANDBY, standby.port(), primary.port()))
			.connect()) {
			writeShouldBeRefusedNamingThePrimary(connection);
			writeShouldBeRefusedNamingThePrimary(connection);
			assertThat(connection.port()).isEqualTo(standby.port());
		}
	}

}
