package io.quire.driver;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quire.driver.testing.TestServers;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * pymongo's {@code copy_database(from_name, to_name, from_host, username, password)}
 * between two embedded servers with different admin passwords.
 */
class CopyDatabaseIntegrationTests {

	private static final String SOURCE_PASSWORD = "source-secret";

	private static final OffsetDateTime BORN = OffsetDateTime.of(1815, 12, 10, 8, 0, 0, 0, ZoneOffset.ofHours(1));

	private static QuireServer source;

	private static QuireServer target;

	@BeforeAll
	static void start() {
		source = QuireServer.builder().port(0).inMemory().initialPassword(SOURCE_PASSWORD).build();
		source.start();
		target = TestServers.start();
		try (Connection connection = ConnectionFactory
			.create(ConnectionOptions.builder().host("127.0.0.1").port(source.port()).password(SOURCE_PASSWORD).build())
			.connect()) {
			r.dbCreate("archive").runAtom(connection);
			r.db("archive").tableCreate("people").optArg("primary_key", "email").runAtom(connection);
			r.db("archive").table("people").indexCreate("city").runAtom(connection);
			List<Map<String, Object>> people = new ArrayList<>();
			for (int i = 0; i < 2500; i++) {
				people.add(Map.of("email", i + "@x", "city", (i % 2 == 0) ? "London" : "Paris"));
			}
			r.db("archive").table("people").insert(people).runAtom(connection);
			r.db("archive").tableCreate("born").runAtom(connection);
			r.db("archive").table("born").insert(Map.of("id", "ada", "at", BORN)).runAtom(connection);
		}
	}

	@AfterAll
	static void stop() {
		source.close();
		target.close();
	}

	private static Connection targetConnection() {
		return ConnectionFactory.create(TestServers.options(target).build()).connect();
	}

	@Test
	void copyDatabaseShouldCopyFromAnotherHostWithItsOwnCredentials() {
		try (Connection connection = targetConnection()) {
			Map<String, Object> copied = connection.copyDatabase("archive", "imported",
					new HostAndPort("127.0.0.1", source.port()), "admin", SOURCE_PASSWORD);
			assertThat(copied).containsEntry("tables_copied", 2L).containsEntry("documents_copied", 2501L);
			assertThat(r.db("imported").table("people").count().runAtom(connection)).isEqualTo(2500L);
			assertThat(r.db("imported").table("people").info().g("primary_key").runAtom(connection)).isEqualTo("email");
			assertThat(r.db("imported")
				.table("people")
				.getAll("Paris")
				.optArg("index", "city")
				.count()
				.runAtom(connection)).isEqualTo(1250L);
			assertThat(r.db("imported").table("born").get("ada").g("at").runAtom(connection)).isEqualTo(BORN);
			r.dbDrop("imported").runAtom(connection);
		}
	}

	@Test
	void copyDatabaseShouldFailWithTheSourcesAuthenticationErrorAndCreateNothing() {
		try (Connection connection = targetConnection()) {
			assertThatExceptionOfType(QuireAuthenticationException.class).isThrownBy(() -> connection
				.copyDatabase("archive", "refused", new HostAndPort("127.0.0.1", source.port()), "admin", "wrong"));
			assertThat(connection.databaseNames()).doesNotContain("refused");
		}
	}

}
