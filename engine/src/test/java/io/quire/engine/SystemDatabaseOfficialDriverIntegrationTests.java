package io.quire.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.gen.exc.ReqlOpFailedError;
import com.rethinkdb.gen.exc.ReqlOpIndeterminateError;
import com.rethinkdb.net.Connection;
import com.rethinkdb.net.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code rethinkdb} system database through the official RethinkDB Java driver
 * (2.4.4) and real sockets: its place in {@code dbList}, its refusals, the network facts
 * of {@code server_status}, a feed on {@code db_config}, and a query killed through
 * {@code jobs}.
 */
class SystemDatabaseOfficialDriverIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	private QuireServer server;

	private Connection connection;

	@BeforeEach
	void start() {
		this.server = QuireServer.builder().port(0).inMemory().build();
		this.server.start();
		this.connection = connect();
	}

	@AfterEach
	void stop() {
		if (this.connection.isOpen()) {
			this.connection.close(false);
		}
		this.server.close();
	}

	private Connection connect() {
		return r.connection().hostname("127.0.0.1").port(this.server.port()).connect();
	}

	private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("condition met within 30 seconds").isLessThan(deadline);
			Thread.sleep(10);
		}
	}

	@Test
	void rethinkDbIsListedButCannotBeCreatedDroppedOrGivenTables() {
		assertThat(r.dbList().run(this.connection, List.class).single()).asList().contains("rethinkdb", "test");
		assertThatThrownBy(() -> r.dbCreate("rethinkdb").run(this.connection)).isInstanceOf(ReqlOpFailedError.class)
			.hasMessageContaining("Database `rethinkdb` already exists.");
		assertThatThrownBy(() -> r.dbDrop("rethinkdb").run(this.connection)).isInstanceOf(ReqlOpFailedError.class)
			.hasMessageContaining("Database `rethinkdb` is special; you can't delete it.");
		assertThatThrownBy(() -> r.db("rethinkdb").tableCreate("mine").run(this.connection))
			.isInstanceOf(ReqlOpFailedError.class)
			.hasMessageContaining("Database `rethinkdb` is special; you can't create new tables in it.");
		assertThatThrownBy(() -> r.db("rethinkdb").table("nope").run(this.connection))
			.isInstanceOf(ReqlOpFailedError.class)
			.hasMessageContaining("Table `rethinkdb.nope` does not exist.");
	}

	@Test
	@SuppressWarnings("unchecked")
	void serverStatusShowsTheDriverPortAndThisProcess() {
		Map<String, Object> status = r.db("rethinkdb")
			.table("server_status")
			.nth(0)
			.run(this.connection, Map.class)
			.single();
		Map<String, Object> network = (Map<String, Object>) status.get("network");
		assertThat(network.get("reql_port")).isEqualTo((long) this.server.port());
		Map<String, Object> process = (Map<String, Object>) status.get("process");
		assertThat(process.get("pid")).isEqualTo(ProcessHandle.current().pid());
		assertThat(status.get("id")).isEqualTo(this.server.serverId().toString());
	}

	@Test
	@SuppressWarnings("unchecked")
	void feedOnDbConfigTellsOfANewDatabase() throws Exception {
		try (Result<Object> feed = r.db("rethinkdb").table("db_config").changes().run(this.connection);
				Connection other = connect()) {
			CompletableFuture<Object> next = CompletableFuture.supplyAsync(feed::next);
			r.dbCreate("feeds").run(other);
			Map<String, Object> change = (Map<String, Object>) next.get(30, TimeUnit.SECONDS);
			assertThat(change.get("old_val")).isNull();
			assertThat((Map<String, Object>) change.get("new_val")).containsEntry("name", "feeds");
		}
	}

	@Test
	void deletingAJobKillsTheQueryWithAnError() throws Exception {
		try (Connection killer = connect()) {
			CompletableFuture<Object> endless = CompletableFuture
				.supplyAsync(() -> r.range(1_000_000_000_000L).count().run(this.connection).single());
			String query = "r.range(1000000000000).count()";
			awaitUntil(() -> r.db("rethinkdb")
				.table("jobs")
				.filter((job) -> job.g("info").g("query").eq(query))
				.count()
				.run(killer, Long.class)
				.single() == 1);
			Map<?, ?> deleted = r.db("rethinkdb")
				.table("jobs")
				.filter((job) -> job.g("info").g("query").eq(query))
				.delete()
				.run(killer, Map.class)
				.single();
			assertThat(deleted.get("deleted")).isEqualTo(1L);
			assertThat(endless).failsWithin(30, TimeUnit.SECONDS)
				.withThrowableOfType(java.util.concurrent.ExecutionException.class)
				.withCauseInstanceOf(ReqlOpIndeterminateError.class)
				.withMessageContaining("Query terminated by the `rethinkdb.jobs` table.");
		}
	}

}
