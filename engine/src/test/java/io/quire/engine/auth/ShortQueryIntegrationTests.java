package io.quire.engine.auth;

import java.nio.file.Path;
import java.util.List;

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
 * Point reads by constant keys and constants run on the event loop; each answers exactly
 * what the same query answers on a worker (reached by computing the key at run time), and
 * the permission checks still deny them.
 */
class ShortQueryIntegrationTests {

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
		r.db("app").table("books").grant("app", r.hashMap("read", true)).run(this.server.admin());
	}

	@AfterEach
	void stop() {
		this.app.close(false);
		this.server.close();
	}

	@Test
	void pointGetShouldAnswerAsTheWorkerPathDoes() {
		Object fast = r.db("app").table("books").get(1).runAtom(this.app);
		Object slow = r.db("app").table("books").get(r.expr(0).add(1)).runAtom(this.app);
		assertThat(fast).isEqualTo(slow).isNotNull();
		assertThat((Object) r.db("app").table("books").get(2).runAtom(this.app)).isNull();
	}

	@Test
	void getAllShouldAnswerAsTheWorkerPathDoes() {
		r.db("app").table("books").insert(r.hashMap("id", 2).with("title", "Emma")).run(this.server.admin());
		List<Object> fast = r.db("app").table("books").getAll(1, 2, 3).run(this.app).toList();
		List<Object> slow = r.db("app").table("books").getAll(r.expr(0).add(1), 2, 3).run(this.app).toList();
		assertThat(fast).hasSize(2).containsExactlyInAnyOrderElementsOf(slow);
	}

	@Test
	void constantShouldAnswerAsTheWorkerPathDoes() {
		Object fast = r.expr(r.array(1, "two", r.hashMap("three", 3.5))).runAtom(this.app);
		Object slow = r.expr(r.array(r.expr(0).add(1), "two", r.hashMap("three", 3.5))).runAtom(this.app);
		assertThat(fast).isEqualTo(slow);
	}

	@Test
	void pointReadsOfATableWithoutReadPermissionShouldBeDenied() {
		assertThatThrownBy(() -> r.db("app").table("authors").get(1).runAtom(this.app))
			.isInstanceOf(ReqlPermissionError.class)
			.hasMessageStartingWith("User `app` does not have the required `read` permission.");
		assertThatThrownBy(() -> r.db("app").table("authors").getAll(1, 2).run(this.app).toList())
			.isInstanceOf(ReqlPermissionError.class)
			.hasMessageStartingWith("User `app` does not have the required `read` permission.");
	}

	@Test
	void pointGetOnAMissingTableShouldFailAsTheWorkerPathDoes() {
		assertThatThrownBy(() -> r.db("app").table("missing").get(1).runAtom(this.server.admin()))
			.isInstanceOf(ReqlOpFailedError.class)
			.hasMessageStartingWith("Table `app.missing` does not exist.");
	}

}
