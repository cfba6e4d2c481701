package io.quire.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.gen.ast.ReqlExpr;
import com.rethinkdb.gen.exc.ReqlOpFailedError;
import com.rethinkdb.net.Connection;
import com.rethinkdb.net.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.quire.engine.GroupTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Changefeeds in a group of three {@link QuireServer}s on loopback, through the official
 * RethinkDB Java driver: a feed on a standby sees what the standby applies, once and in
 * log order, with the same change documents as on the primary; a feed on the primary ends
 * with RethinkDB's error when that member stops being the primary, while feeds on
 * standbys go on across the failover. Each test ends its checks with a marker write: the
 * marker arriving next proves nothing was delivered twice or left out before it.
 */
class StandbyChangefeedIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	private static final String PASSWORD = "s3cret";

	private static final String UNAVAILABLE = "Changefeed aborted (table unavailable).";

	@TempDir
	Path directory;

	private final List<ClusterOptions.Peer> peers = new ArrayList<>();

	private final List<QuireServer> servers = new ArrayList<>();

	private final List<Connection> connections = new ArrayList<>();

	@BeforeEach
	void startGroup() throws IOException {
		for (int i = 1; i <= 3; i++) {
			this.peers.add(new ClusterOptions.Peer("n" + i, "127.0.0.1", LoopbackPorts.next(), LoopbackPorts.next()));
		}
		for (ClusterOptions.Peer peer : this.peers) {
			QuireServer server = QuireServer.builder()
				.bindAddress("127.0.0.1")
				.port(peer.driverPort())
				.dataDirectory(this.directory.resolve(peer.id()))
				.serverName(peer.id())
				.initialPassword(PASSWORD)
				.cluster(GroupTestSupport.member(peer.id(), this.peers))
				.build();
			server.start();
			this.servers.add(server);
		}
	}

	@AfterEach
	void stopGroup() {
		for (Connection connection : this.connections) {
			try {
				connection.close(false);
			}
			catch (RuntimeException ex) {
				// its member was stopped by the test
			}
		}
		this.servers.forEach(QuireServer::close);
	}

	@Test
	void standbyFeedShouldSeeInsertsUpdatesAndDeletesOnceInOrder() throws Exception {
		QuireServer primary = primary();
		Connection writer = connect(primary);
		r.db("test").tableCreate("books").run(writer);
		List<Result<Object>> feeds = new ArrayList<>();
		for (QuireServer standby : standbys(primary)) {
			awaitTable(standby, "books");
			feeds.add(outdated(r.table("books")).changes().optArg("include_types", true).run(connect(standby)));
		}
		r.table("books").insert(book(1, 1965)).run(writer);
		r.table("books").get(1).update(r.hashMap("year", 1966)).run(writer);
		r.table("books").insert(book(2, 1974)).run(writer);
		r.table("books").get(1).delete().run(writer);
		r.table("books").insert(book(99, 2000)).run(writer);
		for (Result<Object> feed : feeds) {
			assertThat(next(feed)).isEqualTo(change("add", null, book(1, 1965)));
			assertThat(next(feed)).isEqualTo(change("change", book(1, 1965), book(1, 1966)));
			assertThat(next(feed)).isEqualTo(change("add", null, book(2, 1974)));
			assertThat(next(feed)).isEqualTo(change("remove", book(1, 1966), null));
			assertThat(next(feed)).isEqualTo(change("add", null, book(99, 2000)));
			feed.close();
		}
	}

	@Test
	void standbyFeedShouldStartWithTheStandbysRowsAndStatesWhenAskedTo() throws Exception {
		QuireServer primary = primary();
		Connection writer = connect(primary);
		r.db("test").tableCreate("books").run(writer);
		r.table("books").insert(book(1, 1965)).run(writer);
		QuireServer standby = standbys(primary).get(0);
		await(() -> standby.engine().catalog().tableNames("test").contains("books")
				&& standby.engine().catalog().table("test", "books").count() == 1);
		try (Result<Object> feed = outdated(r.table("books")).changes()
			.optArg("include_initial", true)
			.optArg("include_states", true)
			.run(connect(standby))) {
			assertThat(next(feed)).isEqualTo(Map.of("state", "initializing"));
			assertThat(next(feed)).isEqualTo(Map.of("new_val", book(1, 1965)));
			assertThat(next(feed)).isEqualTo(Map.of("state", "ready"));
			r.table("books").get(1).update(r.hashMap("year", 1966)).run(writer);
			assertThat(next(feed)).isEqualTo(change(book(1, 1965), book(1, 1966)));
		}
	}

	@Test
	void standbyFeedsOnAnIndexRangeAndAFilterShouldSeeOnlyTheirRows() throws Exception {
		QuireServer primary = primary();
		Connection writer = connect(primary);
		r.db("test").tableCreate("books").run(writer);
		QuireServer standby = standbys(primary).get(0);
		awaitTable(standby, "books");
		Connection reader = connect(standby);
		// opened before the index exists: the standby reopens the table when the
		// index arrives, and this feed must keep its changes
		Result<Object> all = outdated(r.table("books")).changes().run(reader);
		r.table("books").indexCreate("year").run(writer);
		r.table("books").indexWait("year").run(writer);
		await(() -> standby.engine()
			.catalog()
			.table("test", "books")
			.indexes()
			.stream()
			.anyMatch((index) -> index.definition().name().equals("year") && index.ready()));
		Result<Object> range = outdated(r.table("books")).between(1960, 1970)
			.optArg("index", "year")
			.changes()
			.run(reader);
		Result<Object> recent = outdated(r.table("books")).filter((row) -> row.g("year").gt(2000))
			.changes()
			.run(reader);
		r.table("books").insert(r.array(book(1, 1965), book(2, 2010), book(3, 1990))).run(writer);
		r.table("books").insert(book(4, 1969)).run(writer);
		r.table("books").insert(book(5, 2020)).run(writer);
		assertThat(next(range)).isEqualTo(change(null, book(1, 1965)));
		assertThat(next(range)).isEqualTo(change(null, book(4, 1969)));
		assertThat(next(recent)).isEqualTo(change(null, book(2, 2010)));
		assertThat(next(recent)).isEqualTo(change(null, book(5, 2020)));
		List<Object> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ids.add(((Map<?, ?>) next(all).get("new_val")).get("id"));
		}
		assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L);
		List.of(all, range, recent).forEach(Result::close);
	}

	@Test
	void primaryFeedShouldEndWithRethinkDbsErrorWhenThePrimaryLosesItsMajority() throws Exception {
		QuireServer primary = primary();
		Connection writer = connect(primary);
		r.db("test").tableCreate("books").run(writer);
		try (Result<Object> feed = r.table("books").changes().run(connect(primary))) {
			r.table("books").insert(book(1, 1965)).run(writer);
			assertThat(next(feed)).isEqualTo(change(null, book(1, 1965)));
			for (QuireServer standby : standbys(primary)) {
				standby.close();
			}
			assertThatThrownBy(() -> feed.next(30, TimeUnit.SECONDS)).isInstanceOf(ReqlOpFailedError.class)
				.hasMessageContaining(UNAVAILABLE);
		}
	}

	@Test
	void standbyFeedsShouldGoOnAcrossAFailoverWithoutGapsOrRepeats() throws Exception {
		QuireServer primary = primary();
		Connection writer = connect(primary);
		r.db("test").tableCreate("books").run(writer);
		List<Result<Object>> feeds = new ArrayList<>();
		for (QuireServer standby : standbys(primary)) {
			awaitTable(standby, "books");
			feeds.add(outdated(r.table("books")).changes().run(connect(standby)));
		}
		r.table("books").insert(book(1, 1965)).run(writer);
		primary.close();
		QuireServer next = primary();
		assertThat(next).isNotSameAs(primary);
		r.table("books").insert(book(2, 1974)).run(connect(next));
		r.table("books").insert(book(99, 2000)).run(connect(next));
		// one feed is on the new primary (its write path), the other on its standby
		for (Result<Object> feed : feeds) {
			assertThat(next(feed)).isEqualTo(change(null, book(1, 1965)));
			assertThat(next(feed)).isEqualTo(change(null, book(2, 1974)));
			assertThat(next(feed)).isEqualTo(change(null, book(99, 2000)));
			feed.close();
		}
	}

	private static ReqlExpr outdated(com.rethinkdb.gen.ast.Table table) {
		return table.optArg("read_mode", "outdated");
	}

	/** The one open member that is the primary, once it has the group's database. */
	private QuireServer primary() {
		QuireServer[] found = new QuireServer[1];
		await(() -> {
			List<QuireServer> primaries = this.servers.stream()
				.filter((server) -> server.isRunning() && server.engine().role().equals("primary")
						&& server.engine().catalog().databaseNames().contains("test"))
				.toList();
			found[0] = (primaries.size() == 1) ? primaries.get(0) : null;
			return found[0] != null;
		});
		return found[0];
	}

	private List<QuireServer> standbys(QuireServer primary) {
		return this.servers.stream().filter((server) -> server != primary && server.isRunning()).toList();
	}

	private static void awaitTable(QuireServer server, String table) {
		await(() -> server.engine().catalog().databaseNames().contains("test")
				&& server.engine().catalog().tableNames("test").contains(table));
	}

	private Connection connect(QuireServer server) {
		await(() -> server.engine().users().account("admin") != null);
		Connection connection = r.connection()
			.hostname("127.0.0.1")
			.port(server.port())
			.user("admin", PASSWORD)
			.connect();
		this.connections.add(connection);
		return connection;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> next(Result<Object> feed) throws Exception {
		return (Map<String, Object>) feed.next(30, TimeUnit.SECONDS);
	}

	private static Map<String, Object> book(long id, long year) {
		return Map.of("id", id, "year", year);
	}

	private static Map<String, Object> change(Map<String, Object> oldValue, Map<String, Object> newValue) {
		Map<String, Object> change = new HashMap<>();
		change.put("old_val", oldValue);
		change.put("new_val", newValue);
		return change;
	}

	private static Map<String, Object> change(String type, Map<String, Object> oldValue, Map<String, Object> newValue) {
		Map<String, Object> change = change(oldValue, newValue);
		change.put("type", type);
		return change;
	}

}
