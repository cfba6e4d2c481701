package io.quire.engine.auth;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.rethinkdb.net.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.quire.engine.auth.AuthServer.r;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code r.db('rethinkdb').table('permissions')} shows the grants with RethinkDB's ids
 * and names, and writing its rows grants and revokes; grants survive a restart.
 */
class PermissionsTableIntegrationTests {

	@TempDir
	Path directory;

	private AuthServer server;

	@BeforeEach
	void start() {
		this.server = new AuthServer(this.directory);
		this.server.createBooks();
		this.server.createUser("app", "secret");
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private String id(Object query) {
		return ((com.rethinkdb.ast.ReqlAst) query).runAtom(this.server.admin(), String.class);
	}

	@SuppressWarnings("unchecked")
	private List<Object> rows() {
		return (List<Object>) r.db("rethinkdb")
			.table("permissions")
			.filter(r.hashMap("user", "app"))
			.orderBy("id")
			.runAtom(this.server.admin(), List.class);
	}

	@Test
	void rowsShouldCarryRethinkDbsIdsAndNames() {
		String db = id(r.db("app").config().g("id"));
		String table = id(r.db("app").table("books").config().g("id"));
		r.grant("app", r.hashMap("connect", true)).run(this.server.admin());
		r.db("app").grant("app", r.hashMap("read", true)).run(this.server.admin());
		r.db("app").table("books").grant("app", r.hashMap("write", true)).run(this.server.admin());
		assertThat(rows()).containsExactlyInAnyOrder(
				Map.of("id", List.of("app"), "user", "app", "permissions", Map.of("connect", true)),
				Map.of("id", List.of("app", db), "user", "app", "database", "app", "permissions", Map.of("read", true)),
				Map.of("id", List.of("app", db, table), "user", "app", "database", "app", "table", "books",
						"permissions", Map.of("write", true)));
		Map<?, ?> adminRow = r.db("rethinkdb")
			.table("permissions")
			.get(List.of("admin"))
			.runAtom(this.server.admin(), Map.class);
		assertThat(adminRow.get("permissions"))
			.isEqualTo(Map.of("read", true, "write", true, "config", true, "connect", true));
	}

	@Test
	void insertingAndDeletingRowsShouldGrantAndRevoke() {
		String db = id(r.db("app").config().g("id"));
		r.db("rethinkdb")
			.table("permissions")
			.insert(Map.of("id", List.of("app", db), "permissions", Map.of("read", true)))
			.run(this.server.admin());
		try (Connection app = this.server.connect("app", "secret")) {
			assertThat(r.db("app").table("books").count().runAtom(app, Long.class)).isEqualTo(1L);
			r.db("rethinkdb").table("permissions").get(List.of("app", db)).delete().run(this.server.admin());
			assertThat(rows()).isEmpty();
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> r.db("app").table("books").count().run(app))
				.isInstanceOf(com.rethinkdb.gen.exc.ReqlPermissionError.class);
		}
	}

	@Test
	void badRowsShouldFailWithRethinkDbsMessages() {
		assertFirstError(Map.of("id", List.of("nobody"), "permissions", Map.of()), "No user named `nobody`.");
		Map<?, ?> result = r.db("rethinkdb")
			.table("permissions")
			.get(List.of("admin"))
			.update(Map.of("permissions", Map.of("read", false)))
			.runAtom(this.server.admin(), Map.class);
		assertThat(result.get("first_error")).isEqualTo("The permissions of the user `admin` can't be modified.");
		assertFirstError(Map.of("id", List.of("app", "x"), "permissions", Map.of()),
				"Expected a UUID as the database, got \"x\".");
		assertFirstError(Map.of("id", List.of("app")), "Expected a field `permissions`.");
		assertFirstError(Map.of("id", List.of("app"), "user", "other", "permissions", Map.of()),
				"The key `user` does not match the primary key.");
		assertFirstError(Map.of("id", List.of(), "permissions", Map.of()),
				"Expected an array of one to three items in the primary key, got [].");
	}

	private void assertFirstError(Map<String, Object> row, String message) {
		Map<?, ?> result = r.db("rethinkdb").table("permissions").insert(row).runAtom(this.server.admin(), Map.class);
		assertThat(result.get("first_error")).isEqualTo(message);
	}

	@Test
	void usersAndGrantsShouldSurviveARestart() {
		r.db("app").table("books").grant("app", r.hashMap("read", true)).run(this.server.admin());
		this.server.close();
		this.server = new AuthServer(this.directory);
		try (Connection app = this.server.connect("app", "secret")) {
			assertThat(r.db("app").table("books").count().runAtom(app, Long.class)).isEqualTo(1L);
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> r.db("app").table("authors").count().run(app))
				.isInstanceOf(com.rethinkdb.gen.exc.ReqlPermissionError.class);
		}
	}

}
