package io.quire.e2e;

import java.nio.file.Path;
import java.util.Map;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.gen.exc.ReqlAuthError;
import com.rethinkdb.gen.exc.ReqlPermissionError;
import com.rethinkdb.net.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Users, grants and renames (through {@code table_config} and {@code db_config}) made
 * through the official driver survive a {@code kill -9} of the server jar, and the
 * password never reaches its log.
 */
class UsersAfterKillIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	@TempDir
	Path work;

	@Test
	void usersGrantsAndRenamesShouldSurviveAKill() throws Exception {
		Path data = this.work.resolve("data");
		try (ServerJvm first = ServerJvm.start(data, this.work, 0, 0, "--quire.server.initial-password=adm1n")) {
			try (Connection admin = connect(first.awaitDriverPort(), "admin", "adm1n")) {
				r.dbCreate("shop").run(admin);
				r.db("shop").tableCreate("orders").run(admin);
				r.db("shop").table("orders").insert(Map.of("id", 1)).run(admin);
				r.db("rethinkdb").table("users").insert(Map.of("id", "clerk", "password", "s3cret-pass")).run(admin);
				r.db("shop").grant("clerk", r.hashMap("read", true)).run(admin);
				r.dbCreate("old").run(admin);
				r.db("rethinkdb")
					.table("table_config")
					.filter(Map.of("db", "shop", "name", "orders"))
					.update(Map.of("name", "purchases"))
					.run(admin);
				r.db("rethinkdb")
					.table("db_config")
					.filter(Map.of("name", "old"))
					.update(Map.of("name", "archive"))
					.run(admin);
			}
			first.kill();
			assertThat(first.log()).doesNotContain("s3cret-pass");
		}
		try (ServerJvm second = ServerJvm.start(data, this.work, 0, 0)) {
			int port = second.awaitDriverPort();
			try (Connection clerk = connect(port, "clerk", "s3cret-pass")) {
				assertThat(r.db("shop").table("purchases").count().runAtom(clerk, Long.class)).isEqualTo(1L);
				assertThat(r.db("shop").tableList().runAtom(clerk, java.util.List.class)).containsExactly("purchases");
				assertThat(r.dbList().runAtom(clerk, java.util.List.class)).contains("archive").doesNotContain("old");
				assertThatThrownBy(() -> r.db("shop").table("purchases").insert(Map.of("id", 2)).run(clerk))
					.isInstanceOf(ReqlPermissionError.class)
					.hasMessageStartingWith("User `clerk` does not have the required `write` permission.");
			}
			assertThatThrownBy(() -> connect(port, "clerk", "wrong")).isInstanceOf(ReqlAuthError.class)
				.hasMessageContaining("Wrong password");
			assertThat(second.terminate()).isIn(0, 143);
		}
	}

	private static Connection connect(int port, String user, String password) {
		return r.connection().hostname("127.0.0.1").port(port).user(user, password).connect();
	}

}
