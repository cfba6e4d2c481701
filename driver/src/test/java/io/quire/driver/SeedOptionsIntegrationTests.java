package io.quire.driver;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.quire.driver.testing.TestServers;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * hostaddr, fallback_application_name, document_class and disconnect() against an
 * embedded server over loopback.
 */
class SeedOptionsIntegrationTests {

	private static QuireServer server;

	record Hero(String id, String name) {
	}

	@BeforeAll
	static void start() {
		server = TestServers.start();
		try (Connection connection = connect(TestServers.options(server))) {
			r.db("test").tableCreate("heroes").runAtom(connection);
			r.table("heroes")
				.insert(List.of(Map.of("id", "1", "name", "Ada"), Map.of("id", "2", "name", "Grace")))
				.runAtom(connection);
		}
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	private static Connection connect(ConnectionOptions.Builder options) {
		return ConnectionFactory.create(options.build()).connect();
	}

	@Test
	void hostaddrShouldOpenTheSocketToTheAddressWithoutResolvingTheName() {
		ConnectionOptions.Builder options = TestServers.options(server)
			.host("quire-hostaddr.invalid")
			.hostaddr("127.0.0.1");
		try (Connection connection = connect(options)) {
			assertThat(r.expr(41).add(1).runAtom(connection, Long.class)).isEqualTo(42L);
			assertThat(connection.host()).isEqualTo("quire-hostaddr.invalid");
		}
	}

	@Test
	void fallbackApplicationNameShouldReachTheServerWhenNoApplicationNameIsSet() {
		try (Connection connection = connect(TestServers.options(server).fallbackApplicationName("fallback-tool"))) {
			r.expr(1).runAtom(connection);
			assertThat(server.connections())
				.anySatisfy((info) -> assertThat(info.applicationName()).isEqualTo("fallback-tool"));
		}
		try (Connection connection = connect(
				TestServers.options(server).fallbackApplicationName("ignored-tool").applicationName("billing"))) {
			r.expr(1).runAtom(connection);
			assertThat(server.connections())
				.anySatisfy((info) -> assertThat(info.applicationName()).isEqualTo("billing"))
				.noneSatisfy((info) -> assertThat(info.applicationName()).isEqualTo("ignored-tool"));
		}
	}

	@Test
	void documentClassShouldMapDocumentsWhenTheCallerGivesNoType() {
		try (Connection connection = connect(TestServers.options(server).documentClass(Hero.class))) {
			assertThat(r.table("heroes").get("1").runAtom(connection)).isEqualTo(new Hero("1", "Ada"));
			assertThat(r.table("heroes").orderBy("id").runAtom(connection))
				.isEqualTo(List.of(new Hero("1", "Ada"), new Hero("2", "Grace")));
			try (Cursor<Object> rows = r.table("heroes").run(connection)) {
				assertThat(rows.toList()).hasSize(2).allSatisfy((row) -> assertThat(row).isInstanceOf(Hero.class));
			}
			assertThat(r.expr(42).runAtom(connection)).isEqualTo(42L);
			assertThat(r.table("heroes").get("1").g("name").runAtom(connection)).isEqualTo("Ada");
		}
	}

	@Test
	void anExplicitResultTypeShouldWinOverTheDocumentClass() {
		try (Connection connection = connect(TestServers.options(server).documentClass(Hero.class))) {
			assertThat(r.table("heroes").get("1").runAtom(connection, Map.class)).isInstanceOf(Map.class)
				.isEqualTo(Map.of("id", "1", "name", "Ada"));
		}
	}

	@Test
	void documentClassFromTheUriShouldMapDocuments() {
		ConnectionOptions options = ConnectionOptions
			.parse("rethinkdb://admin:pw@127.0.0.1:" + server.port() + "/test?document_class=java.util.TreeMap");
		try (Connection connection = ConnectionFactory.create(options).connect()) {
			assertThat(r.table("heroes").get("2").runAtom(connection)).isInstanceOf(TreeMap.class);
		}
	}

	@Test
	void disconnectShouldCloseTheSocketAndReopenOnNextUse() {
		try (Connection connection = connect(TestServers.options(server).autoReconnect(false))) {
			assertThat(r.expr(1).runAtom(connection)).isEqualTo(1L);
			assertThat(connection.isOpen()).isTrue();
			connection.disconnect();
			assertThat(connection.isOpen()).isFalse();
			assertThat(r.expr(41).add(1).runAtom(connection, Long.class)).isEqualTo(42L);
			assertThat(connection.isOpen()).isTrue();
		}
	}

	@Test
	void disconnectShouldDoNothingOnAClosedConnection() {
		Connection connection = connect(TestServers.options(server));
		connection.close();
		connection.disconnect();
		assertThat(connection.isOpen()).isFalse();
	}

}
