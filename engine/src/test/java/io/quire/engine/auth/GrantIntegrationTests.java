package io.quire.engine.auth;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.rethinkdb.gen.exc.ReqlOpFailedError;
import com.rethinkdb.gen.exc.ReqlPermissionError;
import com.rethinkdb.net.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.quire.engine.auth.AuthServer.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code r.grant}, {@code r.db(x).grant} and {@code r.table(x).grant} answer as RethinkDB
 * 2.4's polyglot tests ({@code meta/grant.yaml}) expect.
 */
class GrantIntegrationTests {

	@TempDir
	Path directory;

	private AuthServer server;

	private Connection admin;

	@BeforeEach
	void start() {
		this.server = new AuthServer(this.directory);
		this.server.createBooks();
		this.server.createUser("test_user", "pw2");
		this.admin = this.server.admin();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private Object grant(Object query) {
		return ((com.rethinkdb.ast.ReqlAst) query).runAtom(this.admin);
	}

	private static Map<String, Object> change(Object oldVal, Object newVal) {
		Map<String, Object> change = new java.util.HashMap<>();
		change.put("old_val", oldVal);
		change.put("new_val", newVal);
		return Map.of("granted", 1L, "permissions_changes", List.of(change));
	}

	@Test
	void globalGrantShouldReturnTheOldAndNewPermissions() {
		Map<String, Object> all = Map.of("read", true, "write", true, "config", true, "connect", true);
		assertThat(grant(r.grant("test_user", all))).isEqualTo(change(null, all));
		assertThat(grant(r.grant("test_user", r.hashMap("read", false).with("write", false))))
			.isEqualTo(change(all, Map.of("read", false, "write", false, "config", true, "connect", true)));
		assertThat(grant(r.grant("test_user", r.hashMap("read", null))))
			.isEqualTo(change(Map.of("read", false, "write", false, "config", true, "connect", true),
					Map.of("write", false, "config", true, "connect", true)));
		assertThat(grant(r.grant("test_user", r.hashMap())))
			.isEqualTo(change(Map.of("write", false, "config", true, "connect", true),
					Map.of("write", false, "config", true, "connect", true)));
	}

	@Test
	void databaseAndTableGrantsShouldStartFromNull() {
		Map<String, Object> rwc = Map.of("read", true, "write", true, "config", true);
		assertThat(grant(r.db("app").grant("test_user", rwc))).isEqualTo(change(null, rwc));
		assertThat(grant(r.db("app").table("books").grant("test_user", rwc))).isEqualTo(change(null, rwc));
		assertThat(grant(r.db("rethinkdb").table("users").grant("test_user", r.hashMap("read", true))))
			.isEqualTo(change(null, Map.of("read", true)));
	}

	@Test
	void badGrantsShouldFailWithRethinkDbsMessages() {
		assertFails(r.grant("test_user", r.hashMap("read", 1)), "Expected a boolean or null for `read`, got 1.");
		assertFails(r.grant("test_user", r.hashMap("invalid", "invalid")), "Unexpected key(s) `invalid`.");
		assertFails(r.db("app").grant("test_user", r.hashMap("connect", true)),
				"The `connect` permission is only valid at the global scope.");
		assertFails(r.db("app").table("books").grant("test_user", r.hashMap("connect", true)),
				"The `connect` permission is only valid at the global scope.");
		assertFails(r.grant("admin", r.hashMap("config", false)),
				"The permissions of the user `admin` can't be modified.");
		assertFails(r.db("app").grant("admin", r.hashMap("config", false)),
				"The permissions of the user `admin` can't be modified.");
		assertFails(r.grant("nobody", r.hashMap("read", true)), "User `nobody` not found.");
		assertFails(r.grant("test_user", "read"), "Expected an object, got \"read\".");
	}

	private void assertFails(com.rethinkdb.ast.ReqlAst query, String message) {
		assertThatThrownBy(() -> query.run(this.admin)).isInstanceOf(ReqlOpFailedError.class)
			.hasMessageStartingWith(message);
	}

	@Test
	void grantingShouldNeedWriteOnThePermissionsTable() {
		Connection user = this.server.connect("test_user", "pw2");
		try (user) {
			r.grant("test_user", r.hashMap("read", true).with("write", true)).run(this.admin);
			assertThatThrownBy(() -> r.grant("test_user", r.hashMap("config", true)).run(user))
				.isInstanceOf(ReqlPermissionError.class)
				.hasMessageStartingWith("User `test_user` does not have the required `read` permission.");
			r.db("rethinkdb")
				.table("permissions")
				.grant("test_user", r.hashMap("read", true).with("write", true))
				.run(this.admin);
			assertThat(r.grant("test_user", r.hashMap("config", true)).runAtom(user)).isEqualTo(
					change(Map.of("read", true, "write", true), Map.of("read", true, "write", true, "config", true)));
		}
	}

}
