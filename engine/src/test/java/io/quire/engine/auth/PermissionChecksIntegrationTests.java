package io.quire.engine.auth;

import java.nio.file.Path;
import java.util.Map;

import com.rethinkdb.gen.exc.ReqlPermissionError;
import com.rethinkdb.net.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.quire.engine.auth.AuthServer.assertDenied;
import static io.quire.engine.auth.AuthServer.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every query of a user other than admin is checked against its grants, through the
 * official RethinkDB Java driver: each scope, inheritance and each denial.
 */
class PermissionChecksIntegrationTests {

	@TempDir
	Path directory;

	private AuthServer server;

	private Connection app;

	@BeforeEach
	void start() {
		this.server = new AuthServer(this.directory);
		this.server.createBooks();
		this.server.createUser("app", "secret");
		this.app = this.server.connect("app", "secret");
	}

	@AfterEach
	void stop() {
		this.app.close(false);
		this.server.close();
	}

	@Test
	void userWithoutGrantsShouldBeDeniedEveryRead() {
		assertDenied(() -> r.db("app").table("books").get(1).run(this.app), "read");
		assertDenied(() -> r.db("app").table("books").count().run(this.app), "read");
		assertDenied(() -> r.db("app").table("books").changes().run(this.app), "read");
	}

	@Test
	void databaseReadGrantShouldAllowReadsButNotWrites() {
		r.db("app").grant("app", r.hashMap("read", true)).run(this.server.admin());
		assertThat(r.db("app").table("books").get(1).g("title").runAtom(this.app, String.class)).isEqualTo("Dune");
		assertDenied(() -> r.db("app").table("books").insert(Map.of("id", 2)).run(this.app), "write");
		assertThat(r.db("app").table("books").count().runAtom(this.server.admin(), Long.class)).isEqualTo(1L);
	}

	@Test
	void writeGrantShouldAllowInsertUpdateAndDelete() {
		r.db("app").grant("app", r.hashMap("read", true).with("write", true)).run(this.server.admin());
		r.db("app").table("books").insert(Map.of("id", 2, "title", "Emma")).run(this.app);
		r.db("app").table("books").get(2).update(Map.of("year", 1815)).run(this.app);
		r.db("app").table("books").get(1).delete().run(this.app);
		assertThat(r.db("app").table("books").count().runAtom(this.app, Long.class)).isEqualTo(1L);
	}

	@Test
	void httpShouldNeedTheGlobalConnectPermission() {
		// refused before any request is sent, so the address need not answer
		assertDenied(() -> r.http("http://127.0.0.1:9/").run(this.app), "connect");
		r.grant("app", r.hashMap("connect", true)).run(this.server.admin());
		assertThatThrownBy(() -> r.http("http://127.0.0.1:9/").optArg("attempts", 1).run(this.app))
			.isNotInstanceOf(ReqlPermissionError.class);
	}

	@Test
	void writeShouldAlsoNeedRead() {
		r.db("app").grant("app", r.hashMap("write", true)).run(this.server.admin());
		assertDenied(() -> r.db("app").table("books").insert(Map.of("id", 2)).run(this.app), "write");
	}

	@Test
	void tableGrantShouldOverrideTheDatabaseGrant() {
		r.db("app").grant("app", r.hashMap("read", true)).run(this.server.admin());
		r.db("app").table("authors").grant("app", r.hashMap("read", false)).run(this.server.admin());
		assertThat(r.db("app").table("books").count().runAtom(this.app, Long.class)).isEqualTo(1L);
		assertDenied(() -> r.db("app").table("authors").count().run(this.app), "read");
		r.db("app").table("authors").grant("app", r.hashMap("read", null)).run(this.server.admin());
		assertThat(r.db("app").table("authors").count().runAtom(this.app, Long.class)).isEqualTo(1L);
	}

	@Test
	void globalGrantShouldBeInheritedButNotByTheSystemDatabase() {
		r.grant("app", r.hashMap("read", true)).run(this.server.admin());
		assertThat(r.db("app").table("authors").count().runAtom(this.app, Long.class)).isEqualTo(1L);
		assertDenied(() -> r.db("rethinkdb").table("users").count().run(this.app), "read");
		r.db("app").grant("app", r.hashMap("read", false)).run(this.server.admin());
		assertDenied(() -> r.db("app").table("authors").count().run(this.app), "read");
	}

	@Test
	void systemTablesShouldNeedAGrantOnTheSystemDatabase() {
		assertDenied(() -> r.db("rethinkdb").table("permissions").count().run(this.app), "read");
		r.db("rethinkdb").grant("app", r.hashMap("read", true)).run(this.server.admin());
		assertThat(r.db("rethinkdb").table("users").count().runAtom(this.app, Long.class)).isEqualTo(2L);
		assertDenied(() -> r.db("rethinkdb").table("users").get("app").delete().run(this.app), "write");
	}

	@Test
	void administrationShouldNeedConfig() {
		r.db("app").grant("app", r.hashMap("read", true).with("write", true)).run(this.server.admin());
		assertDenied(() -> r.db("app").tableCreate("more").run(this.app), "config");
		assertDenied(() -> r.db("app").tableDrop("books").run(this.app), "config");
		assertDenied(() -> r.db("app").table("books").indexCreate("title").run(this.app), "config");
		assertDenied(() -> r.dbCreate("other").run(this.app), "config");
		r.db("app").grant("app", r.hashMap("config", true)).run(this.server.admin());
		r.db("app").tableCreate("more").run(this.app);
		r.db("app").table("books").indexCreate("title").run(this.app);
		assertDenied(() -> r.dbCreate("other").run(this.app), "config");
		r.grant("app", r.hashMap("config", true)).run(this.server.admin());
		r.dbCreate("other").run(this.app);
	}

	@Test
	void changefeedShouldOpenWithReadGrant() {
		r.db("app").table("books").grant("app", r.hashMap("read", true)).run(this.server.admin());
		try (var feed = r.db("app").table("books").changes().run(this.app)) {
			r.db("app").table("books").insert(Map.of("id", 3)).run(this.server.admin());
			assertThat(feed.next()).isNotNull();
		}
	}

	@Test
	void grantShouldTakeEffectOnAnOpenConnection() {
		assertDenied(() -> r.db("app").table("books").count().run(this.app), "read");
		r.db("app").grant("app", r.hashMap("read", true)).run(this.server.admin());
		assertThat(r.db("app").table("books").count().runAtom(this.app, Long.class)).isEqualTo(1L);
	}

}
