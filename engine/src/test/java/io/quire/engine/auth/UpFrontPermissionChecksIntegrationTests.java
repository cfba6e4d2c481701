package io.quire.engine.auth;

import java.nio.file.Path;
import java.util.Map;

import com.rethinkdb.gen.exc.ReqlOpFailedError;
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
 * A query is checked as a whole before it runs, so a denial anywhere in it leaves every
 * table unchanged; names known only at run time are still checked when opened.
 */
class UpFrontPermissionChecksIntegrationTests {

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
		r.db("app").table("books").grant("app", r.hashMap("read", true).with("write", true)).run(this.server.admin());
	}

	@AfterEach
	void stop() {
		this.app.close(false);
		this.server.close();
	}

	private long books() {
		return r.db("app").table("books").count().runAtom(this.server.admin(), Long.class);
	}

	@Test
	void queryThatWritesOneTableThenReadsADeniedOneShouldLeaveTheFirstUnchanged() {
		assertDenied(() -> r
			.expr(r.array(r.db("app").table("books").insert(Map.of("id", 2)), r.db("app").table("authors").count()))
			.run(this.app), "read");
		assertThat(books()).isEqualTo(1L);
	}

	@Test
	void writeThroughASelectionShouldNeedWriteBeforeAnEarlierWriteRuns() {
		r.db("app").table("authors").grant("app", r.hashMap("read", true)).run(this.server.admin());
		assertDenied(() -> r.expr(r.array(r.db("app").table("books").insert(Map.of("id", 2)),
				r.db("app").table("authors").filter(Map.of("id", 1)).delete()))
			.run(this.app), "write");
		assertThat(books()).isEqualTo(1L);
	}

	@Test
	void writeInsideAFunctionShouldBeCheckedBeforeTheQueryRuns() {
		r.db("app").table("authors").grant("app", r.hashMap("read", true)).run(this.server.admin());
		assertDenied(() -> r.expr(r.array(2, 3))
			.forEach((id) -> r.array(r.db("app").table("books").insert(r.hashMap("id", id)),
					r.db("app").table("authors").insert(r.hashMap("id", id))))
			.run(this.app), "write");
		assertThat(books()).isEqualTo(1L);
	}

	@Test
	void httpAfterAWriteShouldBeDeniedBeforeTheWrite() {
		assertDenied(
				() -> r.expr(r.array(r.db("app").table("books").insert(Map.of("id", 2)), r.http("http://127.0.0.1:9/")))
					.run(this.app),
				"connect");
		assertThat(books()).isEqualTo(1L);
	}

	@Test
	void administrationAfterAWriteShouldBeDeniedBeforeTheWrite() {
		assertDenied(() -> r
			.expr(r.array(r.db("app").table("books").insert(Map.of("id", 2)), r.db("app").tableCreate("more")))
			.run(this.app), "config");
		assertDenied(() -> r
			.expr(r.array(r.db("app").table("books").insert(Map.of("id", 2)), r.grant("app", r.hashMap("read", true))))
			.run(this.app), "read");
		assertThat(books()).isEqualTo(1L);
	}

	@Test
	void tableNamedOnlyAtRunTimeShouldBeCheckedWhenOpened() {
		assertDenied(() -> r.db("app").table(r.expr("auth").add("ors")).count().run(this.app), "read");
		assertThat(r.db("app").table(r.expr("bo").add("oks")).count().runAtom(this.app, Long.class)).isEqualTo(1L);
	}

	@Test
	void missingTableShouldStillSayItDoesNotExist() {
		assertThatThrownBy(() -> r.db("app").table("missing").count().run(this.app))
			.isInstanceOf(ReqlOpFailedError.class)
			.hasMessageStartingWith("Table `app.missing` does not exist.");
	}

	@Test
	void configOfATableShouldNeedReadOnTableConfigNotOnTheTable() {
		assertDenied(() -> r.db("app").table("authors").config().run(this.app), "read");
		r.db("rethinkdb").table("table_config").grant("app", r.hashMap("read", true)).run(this.server.admin());
		assertThat(r.db("app").table("authors").config().g("name").runAtom(this.app, String.class))
			.isEqualTo("authors");
	}

	@Test
	void grantedTablesShouldStillBeReadAndWritten() {
		r.db("app").table("books").get(1).update(Map.of("year", 1965)).run(this.app);
		assertThat(r.db("app").table("books").get(1).g("year").runAtom(this.app, Long.class)).isEqualTo(1965L);
	}

}
