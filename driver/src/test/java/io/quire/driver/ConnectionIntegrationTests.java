package io.quire.driver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.quire.driver.testing.TestServers;
import io.quire.engine.QuireServer;
import io.quire.protocol.TermType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ConnectionIntegrationTests {

	private static QuireServer server;

	private Connection connection;

	@BeforeAll
	static void startServer() {
		server = TestServers.start();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@BeforeEach
	void connect() {
		this.connection = ConnectionFactory.create(TestServers.options(server).applicationName("integration").build())
			.connect();
	}

	@AfterEach
	void disconnect() {
		this.connection.close();
	}

	@Test
	void queriesShouldRunAndMapAtoms() {
		assertThat(r.expr(1).add(2).runAtom(this.connection, Long.class)).isEqualTo(3L);
		assertThat(r.expr("quire").upcase().runAtom(this.connection)).isEqualTo("QUIRE");
		assertThat(r.expr(List.of(1, 2, 3)).run(this.connection).toList()).containsExactly(1L, 2L, 3L);
	}

	@Test
	void synchronousQueriesShouldMapResultsOnTheCallingThread() {
		MappedOn atom = r.expr(Map.of("n", 1)).runAtom(this.connection, MappedOn.class);
		assertThat(atom.thread).isSameAs(Thread.currentThread());
		List<MappedOn> rows = r.expr(List.of(Map.of("n", 1), Map.of("n", 2)))
			.run(this.connection, MappedOn.class)
			.toList();
		assertThat(rows).allSatisfy((row) -> assertThat(row.thread).isSameAs(Thread.currentThread()));
	}

	@Test
	void asynchronousQueriesShouldMapResultsOnTheCallbackThreadsOffTheEventLoop() throws Exception {
		MappedOn atom = r.expr(Map.of("n", 1)).runAtomAsync(this.connection, MappedOn.class).get(10, TimeUnit.SECONDS);
		assertThat(atom.thread.getName()).startsWith("quire-driver-shared-callback");
	}

	/** A row that remembers the thread that mapped it. */
	static class MappedOn {

		final Thread thread = Thread.currentThread();

		public long n;

	}

	@Test
	void aTableShouldBeCreatedFilledQueriedAndChanged() {
		r.db("test").tableCreate("heroes").runAtom(this.connection);
		r.table("heroes")
			.insert(List.of(Map.of("id", 1, "name", "Thor", "age", 1500), Map.of("id", 2, "name", "Peter", "age", 17),
					Map.of("id", 3, "name", "Tony", "age", 48)))
			.runAtom(this.connection);
		List<Object> old = r.table("heroes")
			.filter((h) -> h.g("age").gt(30))
			.orderBy("name")
			.g("name")
			.run(this.connection)
			.toList();
		assertThat(old).containsExactly("Thor", "Tony");
		Map<String, Object> updated = r.table("heroes")
			.get(2)
			.update(Map.of("age", 18))
			.runAtom(this.connection, new TypeReference<Map<String, Object>>() {
			});
		assertThat(updated).containsEntry("replaced", 1L);
		assertThat(r.table("heroes").get(2).g("age").runAtom(this.connection, Integer.class)).isEqualTo(18);
		r.table("heroes").get(3).delete().runAtom(this.connection);
		assertThat(r.table("heroes").count().runAtom(this.connection, Long.class)).isEqualTo(2L);
		r.db("test").tableDrop("heroes").runAtom(this.connection);
	}

	@Test
	void useShouldChangeTheDefaultDatabase() {
		r.dbCreate("marvel").runAtom(this.connection);
		try {
			r.db("marvel").tableCreate("villains").runAtom(this.connection);
			this.connection.use("marvel");
			assertThat(this.connection.db()).isEqualTo("marvel");
			assertThat(r.table("villains").count().runAtom(this.connection, Long.class)).isZero();
		}
		finally {
			r.dbDrop("marvel").runAtom(this.connection);
		}
	}

	@Test
	void theConnectionShouldKnowItsServer() {
		ServerInfo info = this.connection.serverInfo();
		assertThat(info.id()).isEqualTo(server.serverId().toString());
		assertThat(info.isPrimary()).isTrue();
		assertThat(info.readOnly()).isFalse();
		assertThat(info.version()).isEqualTo(server.version()).startsWith("2.4.4-quire-");
		assertThat(this.connection.host()).isEqualTo("127.0.0.1");
		assertThat(this.connection.port()).isEqualTo(server.port());
		assertThat(this.connection.nodes()).containsExactly(new HostAndPort("127.0.0.1", server.port()));
		assertThat(this.connection.isOpen()).isTrue();
	}

	@Test
	void applicationNameShouldReachTheServer() {
		assertThat(server.connections())
			.anySatisfy((info) -> assertThat(info.applicationName()).isEqualTo("integration"));
	}

	@Test
	void databasesShouldBeListedCopiedAndDropped() {
		r.dbCreate("source").runAtom(this.connection);
		r.db("source").tableCreate("people").optArg("primary_key", "email").runAtom(this.connection);
		r.db("source")
			.table("people")
			.insert(List.of(Map.of("email", "a@x"), Map.of("email", "b@x")))
			.runAtom(this.connection);
		Map<String, Object> copied = this.connection.copyDatabase("source", "target");
		assertThat(copied).containsEntry("tables_copied", 1L).containsEntry("documents_copied", 2L);
		assertThat(this.connection.databaseNames()).contains("source", "target", "test");
		assertThat(r.db("target").table("people").get("b@x").runAtom(this.connection))
			.isEqualTo(Map.of("email", "b@x"));
		assertThat(this.connection.dropDatabase("source")).containsEntry("dbs_dropped", 1L);
		this.connection.dropDatabase("target");
		assertThat(this.connection.databaseNames()).doesNotContain("source", "target");
	}

	@Test
	void copiedDatabaseShouldKeepSecondaryIndexes() {
		r.dbCreate("indexed").runAtom(this.connection);
		try {
			r.db("indexed").tableCreate("heroes").runAtom(this.connection);
			r.db("indexed")
				.table("heroes")
				.indexCreate("city", (hero) -> hero.g("address").g("city"))
				.runAtom(this.connection);
			r.db("indexed").table("heroes").indexCreate("powers").optArg("multi", true).runAtom(this.connection);
			r.db("indexed")
				.table("heroes")
				.insert(List.of(
						Map.of("id", 1, "address", Map.of("city", "Gotham"), "powers", List.of("money", "gadgets")),
						Map.of("id", 2, "address", Map.of("city", "Metropolis"), "powers", List.of("flight"))))
				.runAtom(this.connection);
			this.connection.copyDatabase("indexed", "indexed_copy");
			assertThat(r.db("indexed_copy").table("heroes").indexList().runAtom(this.connection))
				.isEqualTo(List.of("city", "powers"));
			assertThat(r.db("indexed_copy")
				.table("heroes")
				.getAll("Gotham")
				.optArg("index", "city")
				.g("id")
				.runAtom(this.connection)).isEqualTo(List.of(1L));
			assertThat(r.db("indexed_copy")
				.table("heroes")
				.getAll("flight")
				.optArg("index", "powers")
				.g("id")
				.runAtom(this.connection)).isEqualTo(List.of(2L));
		}
		finally {
			r.dbDrop("indexed").runAtom(this.connection);
			r.dbDrop("indexed_copy").runAtom(this.connection);
		}
	}

	@Test
	void noreplyQueriesShouldBeAwaitedWithNoreplyWait() {
		r.db("test").tableCreate("log").runAtom(this.connection);
		for (int i = 0; i < 20; i++) {
			r.table("log").insert(Map.of("n", i)).runNoReply(this.connection);
		}
		this.connection.noreplyWait();
		assertThat(r.table("log").count().runAtom(this.connection, Long.class)).isEqualTo(20L);
		r.db("test").tableDrop("log").runAtom(this.connection);
	}

	@Test
	void asyncRunsShouldCompleteWithTheirResults() throws Exception {
		var sum = r.expr(20).add(22).runAtomAsync(this.connection, Long.class);
		var rows = r.expr(List.of("a", "b")).runAsync(this.connection, String.class);
		assertThat(sum.get(5, TimeUnit.SECONDS)).isEqualTo(42L);
		assertThat(rows.get(5, TimeUnit.SECONDS).toList()).containsExactly("a", "b");
	}

	@Test
	void serverErrorsShouldRaiseTheMatchingExceptionWithTheMessage() {
		assertThatExceptionOfType(QuireOpFailedException.class)
			.isThrownBy(() -> r.table("nope").count().runAtom(this.connection))
			.withMessageContaining("Table `test.nope` does not exist.")
			.satisfies((ex) -> assertThat(ex.query()).contains("nope"));
		assertThatExceptionOfType(QuireUserException.class).isThrownBy(() -> r.error("boom").runAtom(this.connection))
			.withMessageStartingWith("boom");
		assertThatExceptionOfType(QuireQueryLogicException.class)
			.isThrownBy(() -> r.expr("a").add(1).runAtom(this.connection));
		assertThatExceptionOfType(QuireServerException.class)
			.isThrownBy(() -> r.term(TermType.JAVASCRIPT, "throw 1").runAtom(this.connection));
		assertThat(r.expr(1).runAtom(this.connection, Long.class)).isEqualTo(1L);
	}

	@Test
	void runOptionsShouldReachTheServer() {
		assertThatExceptionOfType(QuireResourceLimitException.class).isThrownBy(() -> r.expr(List.of(1, 2, 3))
			.append(4)
			.runAtom(this.connection, RunOptions.none().arrayLimit(2), Object.class));
		try (Cursor<Object> cursor = r.expr(1).run(this.connection, RunOptions.none().profile(true))) {
			assertThat(cursor.profile()).isNotNull();
			assertThat(cursor.single()).isEqualTo(1L);
		}
		r.db("test").tableCreate("soft").runAtom(this.connection);
		Object written = r.table("soft")
			.insert(Map.of("id", 1))
			.runAtom(this.connection, RunOptions.none().durability("soft"), Map.class);
		assertThat(written).isInstanceOf(Map.class);
		r.db("test").tableDrop("soft").runAtom(this.connection);
	}

	@Test
	void sessionOptionsShouldApplyToEveryQuery() {
		try (Connection limited = ConnectionFactory.create(TestServers.options(server).arrayLimit(2).build())
			.connect()) {
			assertThatExceptionOfType(QuireResourceLimitException.class)
				.isThrownBy(() -> r.expr(List.of(1, 2, 3)).append(4).runAtom(limited));
			assertThat(
					r.expr(List.of(1, 2, 3)).append(4).runAtom(limited, RunOptions.none().arrayLimit(10), List.class))
				.hasSize(4);
		}
	}

	@Test
	void aWrongPasswordShouldRaiseAnAuthenticationError() {
		ConnectionFactory factory = ConnectionFactory.create(TestServers.options(server).password("wrong").build());
		assertThatExceptionOfType(QuireAuthenticationException.class).isThrownBy(factory::connect)
			.withMessageContaining("Wrong password");
	}

	@Test
	void manyThreadsShouldShareOneConnectionAndGetTheirOwnResults() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(32);
		try {
			List<Callable<List<Long>>> tasks = new ArrayList<>();
			for (int t = 0; t < 32; t++) {
				long base = t * 1000L;
				tasks.add(() -> {
					List<Long> results = new ArrayList<>();
					for (int i = 0; i < 50; i++) {
						results.add(r.expr(base).add(i).runAtom(this.connection, Long.class));
					}
					return results;
				});
			}
			List<Future<List<Long>>> futures = threads.invokeAll(tasks, 60, TimeUnit.SECONDS);
			for (int t = 0; t < 32; t++) {
				List<Long> expected = new ArrayList<>();
				for (int i = 0; i < 50; i++) {
					expected.add(t * 1000L + i);
				}
				assertThat(futures.get(t).get()).isEqualTo(expected);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void closingShouldMakeTheConnectionUnusable() {
		this.connection.close();
		this.connection.close();
		assertThat(this.connection.isOpen()).isFalse();
		assertThatExceptionOfType(QuireConnectionClosedException.class)
			.isThrownBy(() -> r.expr(1).runAtom(this.connection));
	}

	@Test
	void reconnectShouldOpenANewSocket() {
		int before = server.connections().size();
		this.connection.reconnect();
		assertThat(this.connection.isOpen()).isTrue();
		assertThat(r.expr(5).runAtom(this.connection, Long.class)).isEqualTo(5L);
		assertThat(server.connections()).hasSizeLessThanOrEqualTo(before);
	}

}
