package io.quire.engine.auth;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.rethinkdb.gen.exc.ReqlAuthError;
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
 * {@code r.db('rethinkdb').table('users')}: creating, changing and deleting users, and
 * connecting as them, through the official RethinkDB Java driver.
 */
class UsersTableIntegrationTests {

	@TempDir
	Path directory;

	private AuthServer server;

	private Connection admin;

	@BeforeEach
	void start() {
		this.server = new AuthServer(this.directory);
		this.admin = this.server.admin();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private Object users() {
		return r.db("rethinkdb").table("users").orderBy("id").runAtom(this.admin);
	}

	@Test
	void rowsShouldShowWhetherAPasswordIsSetButNeverTheSecret() {
		this.server.createUser("alice", "wonderland");
		r.db("rethinkdb").table("users").insert(Map.of("id", "nopass", "password", false)).run(this.admin);
		assertThat(users()).isEqualTo(List.of(Map.of("id", "admin", "password", true),
				Map.of("id", "alice", "password", true), Map.of("id", "nopass", "password", false)));
		this.server.connect("nopass", "").close(false);
	}

	@Test
	void createdUserShouldConnectAndWrongCredentialsShouldFail() {
		this.server.createUser("alice", "wonderland");
		Connection alice = this.server.connect("alice", "wonderland");
		assertThat(alice.isOpen()).isTrue();
		alice.close(false);
		assertThatThrownBy(() -> this.server.connect("alice", "nope")).isInstanceOf(ReqlAuthError.class)
			.hasMessageContaining("Wrong password");
		assertThatThrownBy(() -> this.server.connect("bob", "x")).isInstanceOf(ReqlAuthError.class)
			.hasMessageContaining("Unknown user");
	}

	@Test
	void passwordShouldChangeByUpdateAndTakeIterations() {
		this.server.createUser("alice", "old");
		r.db("rethinkdb").table("users").get("alice").update(Map.of("password", "new")).run(this.admin);
		assertThatThrownBy(() -> this.server.connect("alice", "old")).isInstanceOf(ReqlAuthError.class);
		this.server.connect("alice", "new").close(false);
		r.db("rethinkdb")
			.table("users")
			.get("alice")
			.update(Map.of("password", Map.of("password", "iter", "iterations", 64)))
			.run(this.admin);
		assertThat(this.server.server().engine().users().credential("alice").iterations()).isEqualTo(64);
		this.server.connect("alice", "iter").close(false);
		assertThat(this.server.server().engine().users().credential("admin").iterations()).isEqualTo(4096);
	}

	@Test
	void deletingAUserShouldRemoveItButNeverAdmin() {
		this.server.createUser("alice", "x");
		r.db("rethinkdb").table("users").get("alice").delete().run(this.admin);
		assertThatThrownBy(() -> this.server.connect("alice", "x")).isInstanceOf(ReqlAuthError.class);
		Map<?, ?> result = r.db("rethinkdb").table("users").get("admin").delete().runAtom(this.admin, Map.class);
		assertThat(result.get("first_error")).isEqualTo("The user `admin` can't be deleted.");
	}

	@Test
	void badRowsShouldFailWithRethinkDbsMessages() {
		assertFirstError(Map.of("id", "u", "password", 5),
				"Expected an object, string or boolean for `password`, got 5.");
		assertFirstError(Map.of("id", "u", "password", true),
				"Expected an object or string to set the password, " + "or `false` to keep it unset, got true.");
		assertFirstError(Map.of("id", "u"), "Expected a field named `password`.");
		assertFirstError(Map.of("id", "u", "password", "p", "role", "x"), "Unexpected key(s) `role`.");
		assertFirstError(Map.of("id", "u", "password", Map.of("password", "p")),
				"Expected a field named `iterations`.");
		assertFirstError(Map.of("id", "u", "password", Map.of("password", "p", "iterations", 0)),
				"Expected `iterations` to be an integer greater than zero, got 0.");
		assertFirstError(Map.of("id", 7, "password", "p"), "Expected a username as the primary key, got 7.");
	}

	private void assertFirstError(Map<String, Object> row, String message) {
		Map<?, ?> result = r.db("rethinkdb").table("users").insert(row).runAtom(this.admin, Map.class);
		assertThat(result.get("first_error")).isEqualTo(message);
	}

	@Test
	void nonAdminShouldNotReadUsers() {
		this.server.createUser("alice", "x");
		try (Connection alice = this.server.connect("alice", "x")) {
			assertThatThrownBy(() -> r.db("rethinkdb").table("users").run(alice))
				.isInstanceOf(ReqlPermissionError.class);
		}
	}

	@Test
	void storedDataShouldNotContainThePassword() throws Exception {
		this.server.createUser("alice", "plain-text-secret-42");
		this.server.close();
		try (Stream<Path> files = Files.walk(this.directory)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
					.doesNotContain("plain-text-secret-42");
			}
		}
		this.server = new AuthServer(this.directory);
	}

}
