package io.quire.engine.system;

import java.util.List;
import java.util.Map;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.net.Connection;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Inserts into {@code users}, {@code db_config} and {@code table_config} as RethinkDB 2.4
 * answers them, through the official Java driver: a row without an id creates a database
 * or a table, a user needs its name as the id, and an id that names nothing is refused
 * with RethinkDB's text.
 */
class ConfigTableInsertIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	private QuireServer server;

	private Connection connection;

	@BeforeEach
	void start() {
		this.server = QuireServer.builder().port(0).inMemory().build();
		this.server.start();
		this.connection = r.connection().hostname("127.0.0.1").port(this.server.port()).connect();
	}

	@AfterEach
	void stop() {
		this.connection.close(false);
		this.server.close();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> insert(String table, Map<String, Object> row) {
		return r.db("rethinkdb").table(table).insert(row).runAtom(this.connection, Map.class);
	}

	@Test
	void userWithoutAnIdShouldBeRefusedWithTheGeneratedKeyInTheMessage() {
		Map<String, Object> result = insert("users", Map.of("password", "secret"));
		assertThat(result).containsEntry("inserted", 0L).containsEntry("errors", 1L);
		assertThat((String) result.get("first_error")).matches("Expected a username as the primary key, got "
				+ "\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\"\\.");
		assertThat(r.db("rethinkdb").table("users").count().runAtom(this.connection, Long.class)).isEqualTo(1L);
	}

	@Test
	@SuppressWarnings("unchecked")
	void dbConfigRowWithoutAnIdShouldCreateTheDatabaseUnderTheGeneratedKey() {
		Map<String, Object> result = insert("db_config", Map.of("name", "shop"));
		assertThat(result).containsEntry("inserted", 1L);
		String id = ((List<String>) result.get("generated_keys")).get(0);
		assertThat(r.dbList().runAtom(this.connection, List.class)).contains("shop");
		assertThat(r.db("shop").config().g("id").runAtom(this.connection, String.class)).isEqualTo(id);
		r.db("shop").tableCreate("orders").run(this.connection);
	}

	@Test
	void dbConfigInsertShouldRefuseAnExplicitIdTakenNamesAndBadRows() {
		assertThat(insert("db_config", Map.of("id", "7b1a3f3e-4e4e-4e4e-8e8e-0123456789ab", "name", "shop")))
			.containsEntry("first_error", "If you want to create a new table by inserting into `rethinkdb.db_config`, "
					+ "you must use an auto-generated primary key.");
		assertThat(insert("db_config", Map.of("name", "test"))).containsEntry("first_error",
				"Database `test` already exists.");
		assertThat(insert("db_config", Map.of("name", "rethinkdb"))).containsEntry("first_error",
				"Database `rethinkdb` already exists.");
		assertThat(insert("db_config", Map.of("name", "shop", "extra", 1))).containsEntry("first_error",
				"The change you're trying to make to `rethinkdb.db_config` has the wrong format. "
						+ "Unexpected key(s): extra");
	}

	@Test
	@SuppressWarnings("unchecked")
	void tableConfigRowWithoutAnIdShouldCreateTheTable() {
		Map<String, Object> result = insert("table_config",
				Map.of("db", "test", "name", "orders", "primary_key", "number", "durability", "soft"));
		assertThat(result).containsEntry("inserted", 1L);
		String id = ((List<String>) result.get("generated_keys")).get(0);
		Map<String, Object> config = r.db("test").table("orders").config().runAtom(this.connection, Map.class);
		assertThat(config).containsEntry("id", id)
			.containsEntry("primary_key", "number")
			.containsEntry("durability", "soft");
		r.db("test").table("orders").insert(Map.of("number", 1)).run(this.connection);
		assertThat(r.db("test").table("orders").get(1).runAtom(this.connection, Map.class)).isNotNull();
	}

	@Test
	void tableConfigInsertShouldRefuseAnExplicitIdAndIndexes() {
		assertThat(insert("table_config",
				Map.of("id", "7b1a3f3e-4e4e-4e4e-8e8e-0123456789ab", "db", "test", "name", "orders")))
			.containsEntry("first_error",
					"There is no existing table with the given ID. To create a new table by inserting into "
							+ "`rethinkdb.table_config`, you must let the database generate the primary key "
							+ "automatically.");
		assertThat(insert("table_config", Map.of("db", "test", "name", "orders", "indexes", List.of("a"))))
			.containsEntry("first_error", "The change you're trying to make to `rethinkdb.table_config` has the "
					+ "wrong format. The `indexes` field is read-only and can't be used to create indexes.");
		assertThat(r.db("test").tableList().runAtom(this.connection, List.class)).isEmpty();
	}

}
