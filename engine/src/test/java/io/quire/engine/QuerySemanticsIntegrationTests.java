package io.quire.engine;

import java.util.List;
import java.util.Map;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.gen.exc.ReqlQueryLogicError;
import com.rethinkdb.net.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What RethinkDB refuses or returns as a selection, through the official Java driver and
 * real sockets: non-deterministic feeds and atomic writes, malformed pseudo-types,
 * primary keys it cannot store, and {@code sample} as a selection.
 */
class QuerySemanticsIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	private QuireServer server;

	private Connection connection;

	@BeforeEach
	void start() {
		this.server = QuireServer.builder().port(0).inMemory().build();
		this.server.start();
		this.connection = r.connection().hostname("127.0.0.1").port(this.server.port()).connect();
		r.tableCreate("t").run(this.connection);
		r.table("t").insert(List.of(Map.of("id", 1, "n", 1), Map.of("id", 2, "n", 2))).run(this.connection);
	}

	@AfterEach
	void stop() {
		this.connection.close(false);
		this.server.close();
	}

	@Test
	void changesAfterARandomMapShouldBeRefused() {
		assertThatThrownBy(() -> r.table("t")
			.map((row) -> r.branch(r.random().gt(0.5), row, r.error("dummy")))
			.changes()
			.run(this.connection)).isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Cannot call `changes` after a non-deterministic function.");
	}

	@Test
	void updateReadingATableShouldNeedNonAtomic() {
		assertThatThrownBy(() -> r.table("t").get(1).update(Map.of("d", r.table("t").nth(0))).run(this.connection))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith(
					"Could not prove argument deterministic.  Maybe you want to use the non_atomic flag?");
		Map<?, ?> result = (Map<?, ?>) r.table("t")
			.get(1)
			.update(Map.of("d", r.table("t").nth(0)))
			.optArg("non_atomic", true)
			.runAtom(this.connection);
		assertThat(result.get("replaced")).isEqualTo(1L);
	}

	@Test
	void binaryWithoutDataShouldBeRefused() {
		assertThatThrownBy(() -> r.expr(Map.of("$reql_type$", "BINARY")).run(this.connection))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Invalid binary pseudotype: lacking `data` key.");
	}

	@Test
	void primaryKeyWithANulByteShouldBeAnInsertError() {
		Map<?, ?> result = (Map<?, ?>) r.table("t").insert(Map.of("id", "a\u0000b")).runAtom(this.connection);
		assertThat(result.get("errors")).isEqualTo(1L);
		assertThat(result.get("first_error"))
			.isEqualTo("String \"a\\x00b\" (truncated) contains NULL byte at offset 1 in index key.");
	}

	@Test
	void sampleOfATableShouldBeUpdatable() {
		Map<?, ?> result = (Map<?, ?>) r.table("t").sample(1).update(Map.of("picked", true)).runAtom(this.connection);
		assertThat(result.get("replaced")).isEqualTo(1L);
	}

}
