package io.quire.engine.auth;

import java.nio.file.Path;
import java.util.Map;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.gen.exc.ReqlPermissionError;
import com.rethinkdb.net.Connection;
import io.quire.engine.QuireServer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A RocksDB-backed {@link QuireServer} on a free loopback port, with admin's password
 * {@code pw}, and connections to it through the official RethinkDB Java driver.
 */
final class AuthServer implements AutoCloseable {

	static final RethinkDB r = RethinkDB.r;

	private final QuireServer server;

	private final Connection admin;

	AuthServer(Path directory) {
		this.server = QuireServer.builder().port(0).dataDirectory(directory).initialPassword("pw").build();
		this.server.start();
		this.admin = connect("admin", "pw");
	}

	/** Asserts that the query fails for user {@code app} for want of the permission. */
	static void assertDenied(Runnable query, String permission) {
		assertThatThrownBy(query::run).isInstanceOf(ReqlPermissionError.class)
			.hasMessageStartingWith("User `app` does not have the required `" + permission + "` permission.");
	}

	Connection admin() {
		return this.admin;
	}

	Connection connect(String user, String password) {
		return r.connection().hostname("127.0.0.1").port(this.server.port()).user(user, password).connect();
	}

	/** Creates a user with a password through the users table. */
	void createUser(String user, String password) {
		r.db("rethinkdb").table("users").insert(Map.of("id", user, "password", password)).run(this.admin);
	}

	/** Creates database {@code app} with table {@code books} holding one row. */
	void createBooks() {
		r.dbCreate("app").run(this.admin);
		r.db("app").tableCreate("books").run(this.admin);
		r.db("app").tableCreate("authors").run(this.admin);
		r.db("app").table("books").insert(Map.of("id", 1, "title", "Dune")).run(this.admin);
		r.db("app").table("authors").insert(Map.of("id", 1, "name", "Herbert")).run(this.admin);
	}

	QuireServer server() {
		return this.server;
	}

	@Override
	public void close() {
		if (this.admin.isOpen()) {
			this.admin.close(false);
		}
		this.server.close();
	}

}
