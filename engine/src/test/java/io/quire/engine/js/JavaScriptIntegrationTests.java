package io.quire.engine.js;

import java.time.OffsetDateTime;
import java.util.List;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.gen.exc.ReqlQueryLogicError;
import com.rethinkdb.net.Connection;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@code r.js} through the official RethinkDB Java driver and a real socket. */
class JavaScriptIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	private QuireServer server;

	private Connection connection;

	@BeforeEach
	void start() {
		this.server = QuireServer.builder().port(0).inMemory().build();
		this.server.start();
		this.connection = r.connection().hostname("127.0.0.1").port(this.server.port()).connect();
	}

	@AfterEach
	void stop() {
		this.connection.close(false);
		this.server.close();
	}

	@Test
	@SuppressWarnings("unchecked")
	void aJavaScriptFunctionShouldMapTheRowsOfATable() {
		r.tableCreate("nums").run(this.connection);
		r.table("nums")
			.insert(List.of(r.hashMap("id", 1), r.hashMap("id", 2), r.hashMap("id", 3)))
			.run(this.connection);
		List<Object> doubled = (List<Object>) r.table("nums")
			.orderBy("id")
			.map(r.js("(function(row) { return row.id * 2; })"))
			.runAtom(this.connection, List.class);
		assertThat(doubled).containsExactly(2L, 4L, 6L);
	}

	@Test
	void aDateFromJavaScriptShouldReachTheDriverAsATime() {
		OffsetDateTime time = r.js("new Date(\"2012-08-01T10:00:00Z\")").runAtom(this.connection, OffsetDateTime.class);
		assertThat(time.toInstant()).hasToString("2012-08-01T10:00:00Z");
	}

	@Test
	void aRunawayScriptShouldFailWithRethinkDbsTimeoutError() {
		assertThatExceptionOfType(ReqlQueryLogicError.class)
			.isThrownBy(() -> r.js("while(true) {}").optArg("timeout", 0.5).run(this.connection))
			.withMessageStartingWith("JavaScript query `while(true) {}` timed out after 0.500 seconds.");
		assertThat(r.expr(1).add(1).runAtom(this.connection, Long.class)).isEqualTo(2L);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aScriptErrorShouldNotHarmTheConnection() {
		assertThatExceptionOfType(ReqlQueryLogicError.class)
			.isThrownBy(() -> r.js("throw new Error(\"boom\")").run(this.connection))
			.withMessageStartingWith("Error: boom");
		assertThat((List<Object>) r.js("[1, 2].concat([3])").runAtom(this.connection, List.class)).containsExactly(1L,
				2L, 3L);
	}

}
