package io.quire.engine.auth;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.rethinkdb.net.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.quire.engine.auth.AuthServer.assertDenied;
import static io.quire.engine.auth.AuthServer.r;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes to {@code rethinkdb.db_config} and {@code rethinkdb.table_config} need what
 * RethinkDB 2.4 asks, through the official Java driver: {@code write} on the system
 * table, then global {@code config} to create a database, {@code config} on the database
 * to rename or drop it, {@code config} on the table to change or drop it and on the new
 * database to move it there; creating a table needs nothing more.
 */
class ConfigTableWritePermissionsIntegrationTests {

	@TempDir
	Path directory;

	private AuthServer server;

	private Connection app;

	@BeforeEach
	void start() {
		this.server = new AuthServer(this.directory);
		this.server.createBooks();
		r.dbCreate("other").run(this.server.admin());
		this.server.createUser("app", "secret");
		r.db("rethinkdb").grant("app", r.hashMap("read", true).with("write", true)).run(this.server.admin());
		this.app = this.server.connect("app", "secret");
	}

	@AfterEach
	void stop() {
		this.app.close(false);
		this.server.close();
	}

	private List<Object> databases() {
		return List.copyOf((List<?>) r.dbList().runAtom(this.server.admin()));
	}

	private List<Object> tables(String database) {
		return List.copyOf((List<?>) r.db(database).tableList().runAtom(this.server.admin()));
	}

	private String databaseId(String database) {
		return r.db(database).config().g("id").runAtom(this.server.admin(), String.class);
	}

	private String tableId(String table) {
		return r.db("app").table(table).config().g("id").runAtom(this.server.admin(), String.class);
	}

	@Test
	void creatingADatabaseThroughDbConfigShouldNeedGlobalConfig() {
		r.db("app").grant("app", r.hashMap("config", true)).run(this.server.admin());
		assertDenied(() -> r.db("rethinkdb").table("db_config").insert(Map.of("name", "shop")).run(this.app), "config");
		assertThat(databases()).doesNotContain("shop");
		r.grant("app", r.hashMap("config", true)).run(this.server.admin());
		r.db("rethinkdb").table("db_config").insert(Map.of("name", "shop")).run(this.app);
		assertThat(databases()).contains("shop");
	}

	@Test
	void renamingADatabaseThroughDbConfigShouldNeedConfigOnThatDatabase() {
		String id = databaseId("app");
		r.grant("app", r.hashMap("config", true)).run(this.server.admin());
		r.db("app").grant("app", r.hashMap("config", false)).run(this.server.admin());
		assertDenied(() -> r.db("rethinkdb").table("db_config").get(id).update(Map.of("name", "shop")).run(this.app),
				"config");
		assertThat(databases()).contains("app").doesNotContain("shop");
		r.db("app").grant("app", r.hashMap("config", true)).run(this.server.admin());
		r.db("rethinkdb").table("db_config").get(id).update(Map.of("name", "shop")).run(this.app);
		assertThat(databases()).contains("shop").doesNotContain("app");
	}

	@Test
	void droppingADatabaseThroughDbConfigShouldNeedConfigOnThatDatabase() {
		String id = databaseId("app");
		r.db("other").grant("app", r.hashMap("config", true)).run(this.server.admin());
		assertDenied(() -> r.db("rethinkdb").table("db_config").get(id).delete().run(this.app), "config");
		assertDenied(() -> r.db("rethinkdb").table("db_config").delete().run(this.app), "config");
		assertThat(databases()).contains("app");
		r.db("app").grant("app", r.hashMap("config", true)).run(this.server.admin());
		r.db("rethinkdb").table("db_config").get(id).delete().run(this.app);
		assertThat(databases()).doesNotContain("app");
	}

	@Test
	void dbConfigWritesShouldNeedWriteOnTheSystemTable() {
		r.grant("app", r.hashMap("config", true)).run(this.server.admin());
		r.db("rethinkdb").grant("app", r.hashMap("write", false)).run(this.server.admin());
		assertDenied(() -> r.db("rethinkdb").table("db_config").insert(Map.of("name", "shop")).run(this.app), "write");
		assertThat(databases()).doesNotContain("shop");
	}

	@Test
	void renamingATableThroughTableConfigShouldNeedConfigOnThatTable() {
		String id = tableId("books");
		r.db("app").grant("app", r.hashMap("config", true)).run(this.server.admin());
		r.db("app").table("books").grant("app", r.hashMap("config", false)).run(this.server.admin());
		assertDenied(
				() -> r.db("rethinkdb").table("table_config").get(id).update(Map.of("name", "novels")).run(this.app),
				"config");
		assertThat(tables("app")).contains("books").doesNotContain("novels");
		r.db("app").table("books").grant("app", r.hashMap("config", true)).run(this.server.admin());
		r.db("rethinkdb").table("table_config").get(id).update(Map.of("name", "novels")).run(this.app);
		assertThat(tables("app")).contains("novels").doesNotContain("books");
	}

	@Test
	void movingATableThroughTableConfigShouldAlsoNeedConfigOnTheNewDatabase() {
		String id = tableId("books");
		r.db("app").table("books").grant("app", r.hashMap("config", true)).run(this.server.admin());
		assertDenied(() -> r.db("rethinkdb").table("table_config").get(id).update(Map.of("db", "other")).run(this.app),
				"config");
		assertThat(tables("app")).contains("books");
		r.db("other").grant("app", r.hashMap("config", true)).run(this.server.admin());
		r.db("rethinkdb").table("table_config").get(id).update(Map.of("db", "other")).run(this.app);
		assertThat(tables("other")).contains("books");
	}

	@Test
	void droppingATableThroughTableConfigShouldNeedConfigOnThatTable() {
		String id = tableId("books");
		r.db("app").table("authors").grant("app", r.hashMap("config", true)).run(this.server.admin());
		assertDenied(() -> r.db("rethinkdb").table("table_config").get(id).delete().run(this.app), "config");
		assertThat(tables("app")).contains("books");
		r.db("app").table("books").grant("app", r.hashMap("config", true)).run(this.server.admin());
		r.db("rethinkdb").table("table_config").get(id).delete().run(this.app);
		assertThat(tables("app")).doesNotContain("books");
	}

	/**
	 * RethinkDB checks no grant on the new table's database, only write on the system
	 * table.
	 */
	@Test
	void creatingATableThroughTableConfigShouldNeedOnlyWriteOnTheSystemTable() {
		r.db("rethinkdb").table("table_config").insert(Map.of("db", "app", "name", "made")).run(this.app);
		assertThat(tables("app")).contains("made");
		r.db("rethinkdb").grant("app", r.hashMap("write", false)).run(this.server.admin());
		assertDenied(
				() -> r.db("rethinkdb").table("table_config").insert(Map.of("db", "app", "name", "more")).run(this.app),
				"write");
		assertThat(tables("app")).doesNotContain("more");
	}

}
