package io.quire.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.ast.ReqlAst;
import com.rethinkdb.gen.exc.ReqlAuthError;
import com.rethinkdb.gen.exc.ReqlOpFailedError;
import com.rethinkdb.model.OptArgs;
import com.rethinkdb.net.Connection;
import com.rethinkdb.net.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The official RethinkDB Java driver (2.4.4) against an in-memory {@link QuireServer},
 * through real sockets.
 */
class OfficialDriverIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	private QuireServer server;

	private Connection connection;

	@BeforeEach
	void start() {
		this.server = QuireServer.builder().port(0).inMemory().initialPassword("pw").build();
		this.server.start();
		this.connection = connect();
	}

	@AfterEach
	void stop() {
		if (this.connection != null && this.connection.isOpen()) {
			this.connection.close(false);
		}
		this.server.close();
	}

	private Connection connect() {
		return r.connection().hostname("127.0.0.1").port(this.server.port()).user("admin", "pw").connect();
	}

	@Test
	void connectShouldAuthenticateWithUserAndPassword() {
		assertThat(r.expr(List.of(1, "two")).runAtom(this.connection)).isEqualTo(List.of(1L, "two"));
		assertThat(this.server.connections()).singleElement().satisfies((info) -> {
			assertThat(info.user()).isEqualTo("admin");
			assertThat(info.remoteAddress()).startsWith("127.0.0.1:");
		});
	}

	@Test
	void badPasswordShouldFailWithAuthError() {
		assertThatThrownBy(
				() -> r.connection().hostname("127.0.0.1").port(this.server.port()).user("admin", "nope").connect())
			.isInstanceOf(ReqlAuthError.class)
			.hasMessageContaining("Wrong password");
	}

	@Test
	void serverShouldReportItsIdentity() {
		assertThat(this.connection.server().getId()).isEqualTo(this.server.serverId().toString());
		assertThat(this.connection.server().getName()).isEqualTo(this.server.serverName());
	}

	@Test
	void insertedDocumentsShouldBeReadableByKey() {
		createHeroes();
		Map<String, Object> hero = document(r.table("heroes").get(2));
		assertThat(hero).containsEntry("name", "Hulk").containsEntry("age", 49L);
		assertThat(r.table("heroes").get(99).runAtom(this.connection)).isNull();
	}

	@Test
	void filterWithALambdaShouldSelectMatchingDocuments() {
		createHeroes();
		List<Object> names = r.table("heroes")
			.filter((hero) -> hero.g("age").gt(40))
			.orderBy("name")
			.g("name")
			.runAtom(this.connection, List.class);
		assertThat(names).containsExactly("Hulk", "Iron Man");
	}

	@Test
	void orderByAnIndexShouldStreamInIndexOrder() {
		createHeroes();
		r.table("heroes").indexCreate("age").run(this.connection);
		r.table("heroes").indexWait("age").run(this.connection);
		List<Object> names = r.table("heroes")
			.orderBy()
			.optArg("index", r.desc("age"))
			.g("name")
			.run(this.connection)
			.toList();
		assertThat(names).containsExactly("Hulk", "Iron Man", "Spider-Man");
	}

	@Test
	void updateAndDeleteShouldReportWhatChanged() {
		createHeroes();
		Map<String, Object> updated = document(r.table("heroes").get(1).update(r.hashMap("age", 49)));
		assertThat(updated).containsEntry("replaced", 1L).containsEntry("errors", 0L);
		assertThat((document(r.table("heroes").get(1))).get("age")).isEqualTo(49L);
		Map<String, Object> deleted = document(r.table("heroes").get(3).delete());
		assertThat(deleted).containsEntry("deleted", 1L);
		assertThat(r.table("heroes").count().runAtom(this.connection)).isEqualTo(2L);
	}

	@Test
	void cursorShouldFetchEveryBatch() throws Exception {
		insertRows("rows", 1000);
		Result<Object> rows = r.table("rows").run(this.connection, OptArgs.of("max_batch_rows", 100));
		// Take exactly the rows expected, each with a bound: the 2.4.4 driver completes a
		// result only after queueing its last batch, so hasNext()/toList() at the very
		// end
		// can block for ever or report "No more elements." although every row arrived.
		Set<Object> ids = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			Map<?, ?> row = (Map<?, ?>) rows.next(30, TimeUnit.SECONDS);
			ids.add(row.get("id"));
		}
		assertThat(ids).hasSize(1000);
		// a query is counted once its answer is written, which may be just after it is
		// read
		awaitUntil(() -> this.server.metrics().queriesByKind().getOrDefault("CONTINUE", 0L) >= 9L);
		// whether the driver asked for the (empty) last batch depends on where the
		// server's batches ended: closing leaves no cursor open either way
		rows.close();
		awaitUntil(() -> this.server.metrics().openCursors() == 0);
	}

	@Test
	void closingACursorEarlyShouldStopItOnTheServer() throws InterruptedException {
		insertRows("rows", 1000);
		Result<Object> rows = r.table("rows").run(this.connection, OptArgs.of("max_batch_rows", 10));
		assertThat(rows.next()).isNotNull();
		assertThat(this.server.metrics().openCursors()).isEqualTo(1);
		rows.close();
		// The STOP is counted once its reply is sent, a moment after the cursor closes.
		awaitUntil(() -> this.server.metrics().openCursors() == 0
				&& this.server.metrics().queriesByKind().containsKey("STOP"));
	}

	@Test
	void changefeedShouldDeliverChangesWhileOtherQueriesRun() throws Exception {
		r.db("test").tableCreate("events").run(this.connection);
		try (Result<Object> feed = r.table("events").changes().run(this.connection)) {
			assertThat(feed.isFeed()).isTrue();
			try (Connection writer = connect()) {
				r.table("events").insert(r.hashMap("id", 1).with("kind", "created")).run(writer);
			}
			Object change = feed.next(10, java.util.concurrent.TimeUnit.SECONDS);
			assertThat(change).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.containsEntry("old_val", null)
				.containsEntry("new_val", Map.of("id", 1L, "kind", "created"));
			assertThat(r.table("events").count().runAtom(this.connection)).isEqualTo(1L);
		}
		awaitUntil(() -> this.server.metrics().openCursors() == 0);
	}

	@Test
	void missingTableShouldFailWithOpFailed() {
		assertThatThrownBy(() -> r.table("missing").run(this.connection)).isInstanceOf(ReqlOpFailedError.class)
			.hasMessageContaining("Table `test.missing` does not exist.");
	}

	@Test
	void manyThreadsShouldShareOneConnection() throws Exception {
		insertRows("rows", 100);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> checks = new ArrayList<>();
			for (int i = 0; i < 400; i++) {
				int id = i % 100;
				checks
					.add(threads.submit(() -> Long.valueOf(id).equals((document(r.table("rows").get(id))).get("id"))));
			}
			for (Future<Boolean> check : checks) {
				assertThat(check.get()).isTrue();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void manyConnectionsShouldBeServedAtOnce() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(10);
		try {
			List<Future<Object>> answers = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				int value = i;
				answers.add(threads.submit(() -> {
					try (Connection own = connect()) {
						return r.expr(value).runAtom(own);
					}
				}));
			}
			for (int i = 0; i < 20; i++) {
				assertThat(answers.get(i).get()).isEqualTo((long) i);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.server.metrics().totalConnections()).isGreaterThanOrEqualTo(21);
	}

	@Test
	void closeShouldWaitForNoreplyWrites() {
		r.db("test").tableCreate("quiet").run(this.connection);
		for (int i = 0; i < 50; i++) {
			r.table("quiet").insert(r.hashMap("id", i)).runNoReply(this.connection);
		}
		this.connection.close();
		try (Connection other = connect()) {
			assertThat(r.table("quiet").count().runAtom(other)).isEqualTo(50L);
		}
	}

	private void createHeroes() {
		r.db("test").tableCreate("heroes").run(this.connection);
		Map<String, Object> result = document(r.table("heroes")
			.insert(r.array(r.hashMap("id", 1).with("name", "Iron Man").with("age", 48),
					r.hashMap("id", 2).with("name", "Hulk").with("age", 49),
					r.hashMap("id", 3).with("name", "Spider-Man").with("age", 17))));
		assertThat(result).containsEntry("inserted", 3L);
	}

	private void insertRows(String table, int count) {
		r.db("test").tableCreate(table).run(this.connection);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(Map.of("id", i, "payload", "row " + i));
		}
		Map<String, Object> result = document(r.table(table).insert(rows));
		assertThat(result).containsEntry("inserted", (long) count);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> document(ReqlAst query) {
		return (Map<String, Object>) query.runAtom(this.connection);
	}

	static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Condition not met within 10 seconds");
			}
			Thread.sleep(10);
		}
	}

}
