package io.quire.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.gen.exc.ReqlOpFailedError;
import com.rethinkdb.net.Connection;
import com.rethinkdb.net.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Changefeeds through the official RethinkDB Java driver (2.4.4) against an in-memory
 * {@link QuireServer}: every feed form, squash, a dropped table, a slow reader
 * overflowing its queue, and a thousand feeds at once with writers running.
 */
class ChangefeedIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	private QuireServer server;

	private Connection connection;

	private Connection writer;

	@BeforeEach
	void start() {
		this.server = QuireServer.builder().port(0).inMemory().initialPassword("pw").build();
		this.server.start();
		this.connection = connect();
		this.writer = connect();
		r.db("test").tableCreate("books").run(this.connection);
		r.table("books").indexCreate("year").run(this.connection);
		r.table("books").indexWait("year").run(this.connection);
	}

	@AfterEach
	void stop() {
		this.connection.close(false);
		this.writer.close(false);
		this.server.close();
	}

	private Connection connect() {
		return r.connection().hostname("127.0.0.1").port(this.server.port()).user("admin", "pw").connect();
	}

	private void write(com.rethinkdb.ast.ReqlAst query) {
		query.run(this.writer);
	}

	private static Map<String, Object> book(long id, String title, long year) {
		return Map.of("id", id, "title", title, "year", year);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> next(Result<Object> feed) throws Exception {
		return (Map<String, Object>) feed.next(10, TimeUnit.SECONDS);
	}

	@Test
	void tableFeedShouldDeliverInsertUpdateAndDeleteInOrder() throws Exception {
		try (Result<Object> feed = r.table("books").changes().optArg("include_types", true).run(this.connection)) {
			write(r.table("books").insert(book(1, "Dune", 1965)));
			write(r.table("books").get(1).update(r.hashMap("year", 1966)));
			write(r.table("books").get(1).delete());
			assertThat(next(feed)).containsEntry("type", "add")
				.containsEntry("old_val", null)
				.containsEntry("new_val", Map.of("id", 1L, "title", "Dune", "year", 1965L));
			assertThat(next(feed)).containsEntry("type", "change")
				.containsEntry("new_val", Map.of("id", 1L, "title", "Dune", "year", 1966L));
			assertThat(next(feed)).containsEntry("type", "remove").containsEntry("new_val", null);
		}
	}

	@Test
	void pointFeedShouldSendStatesAndInitialValueThenEnd() throws Exception {
		write(r.table("books").insert(book(2, "Emma", 1815)));
		List<Object> rows = new ArrayList<>();
		try (Result<Object> feed = r.table("books")
			.get(2)
			.changes()
			.optArg("include_initial", true)
			.optArg("include_states", true)
			.limit(3)
			.run(this.connection)) {
			feed.forEach(rows::add);
		}
		assertThat(rows).containsExactly(Map.of("state", "initializing"),
				Map.of("new_val", Map.of("id", 2L, "title", "Emma", "year", 1815L)), Map.of("state", "ready"));
	}

	@Test
	void filterFeedShouldShowDocumentsEnteringAndLeaving() throws Exception {
		try (Result<Object> feed = r.table("books")
			.filter((book) -> book.g("year").gt(1900))
			.changes()
			.run(this.connection)) {
			write(r.table("books").insert(book(3, "Old", 1800)));
			write(r.table("books").get(3).update(r.hashMap("year", 1950)));
			write(r.table("books").get(3).update(r.hashMap("year", 1850)));
			assertThat(next(feed)).containsEntry("old_val", null);
			assertThat(next(feed)).containsEntry("new_val", null);
		}
	}

	@Test
	void mapFeedShouldShowTheMappedValuesOfTheDocuments() throws Exception {
		try (Result<Object> feed = r.table("books").map((book) -> book.g("title")).changes().run(this.connection)) {
			write(r.table("books").insert(book(20, "Walden", 1854)));
			write(r.table("books").get(20).update(r.hashMap("title", "Walden Two")));
			assertThat(next(feed)).containsEntry("old_val", null).containsEntry("new_val", "Walden");
			assertThat(next(feed)).containsEntry("old_val", "Walden").containsEntry("new_val", "Walden Two");
		}
	}

	@Test
	void pluckFeedOfAFilterShouldSkipWritesThatLeaveThePluckedFieldsAlone() throws Exception {
		try (Result<Object> feed = r.table("books")
			.filter((book) -> book.g("year").gt(1900))
			.pluck("id", "title")
			.changes()
			.run(this.connection)) {
			write(r.table("books").insert(book(21, "Old", 1850)));
			write(r.table("books").insert(book(22, "Solaris", 1961)));
			write(r.table("books").get(22).update(r.hashMap("year", 1962)));
			write(r.table("books").get(22).update(r.hashMap("title", "Solaris!")));
			assertThat(next(feed)).containsEntry("old_val", null)
				.containsEntry("new_val", Map.of("id", 22L, "title", "Solaris"));
			assertThat(next(feed)).containsEntry("old_val", Map.of("id", 22L, "title", "Solaris"))
				.containsEntry("new_val", Map.of("id", 22L, "title", "Solaris!"));
		}
	}

	@Test
	void betweenAndGetAllFeedsByIndexShouldSeeOnlyTheirKeys() throws Exception {
		try (Result<Object> range = r.table("books")
			.between(1900, 2000)
			.optArg("index", "year")
			.changes()
			.run(this.connection);
				Result<Object> keys = r.table("books")
					.getAll(1813)
					.optArg("index", "year")
					.changes()
					.run(this.connection)) {
			write(r.table("books").insert(r.array(book(4, "Pride", 1813), book(5, "Lolita", 1955))));
			assertThat(next(range)).extractingByKey("new_val")
				.isEqualTo(Map.of("id", 5L, "title", "Lolita", "year", 1955L));
			assertThat(next(keys)).extractingByKey("new_val")
				.isEqualTo(Map.of("id", 4L, "title", "Pride", "year", 1813L));
		}
	}

	@Test
	void orderedLimitFeedShouldReportTheWindowWithOffsets() throws Exception {
		write(r.table("books").insert(r.array(book(6, "A", 1900), book(7, "B", 1950))));
		try (Result<Object> feed = r.table("books")
			.orderBy()
			.optArg("index", r.desc("year"))
			.limit(1)
			.changes()
			.optArg("include_offsets", true)
			.optArg("include_initial", true)
			.run(this.connection)) {
			assertThat(next(feed)).containsEntry("new_offset", 0L)
				.extractingByKey("new_val")
				.isEqualTo(Map.of("id", 7L, "title", "B", "year", 1950L));
			write(r.table("books").insert(book(8, "C", 2000)));
			assertThat(next(feed)).containsEntry("old_offset", 0L)
				.containsEntry("new_offset", 0L)
				.extractingByKey("new_val")
				.isEqualTo(Map.of("id", 8L, "title", "C", "year", 2000L));
		}
	}

	@Test
	void squashShouldFoldChangesOfOneDocumentMadeBeforeTheReaderAsks() throws Exception {
		try (Result<Object> feed = r.table("books").changes().optArg("squash", true).run(this.connection)) {
			write(r.table("books").insert(book(9, "Draft", 2001)));
			write(r.table("books").get(9).update(r.hashMap("title", "Second")));
			write(r.table("books").get(9).update(r.hashMap("title", "Final")));
			write(r.table("books").insert(book(10, "Marker", 2002)));
			// A CONTINUE already waiting may take the first change (or the first two)
			// alone; whatever
			// is queued when the reader asks folds into one row, so document 9 never
			// shows all three.
			List<Map<String, Object>> rows = new ArrayList<>();
			do {
				rows.add(next(feed));
			}
			while (!Map.of("id", 10L, "title", "Marker", "year", 2002L)
				.equals(rows.get(rows.size() - 1).get("new_val")));
			List<Map<String, Object>> draft = rows.subList(0, rows.size() - 1);
			assertThat(draft).hasSizeBetween(1, 2);
			assertThat(draft.get(draft.size() - 1)).containsEntry("new_val",
					Map.of("id", 9L, "title", "Final", "year", 2001L));
		}
	}

	@Test
	void squashWithSecondsShouldHoldABatchToFoldLaterChangesIn() throws Exception {
		try (Result<Object> feed = r.table("books").changes().optArg("squash", 3).run(this.connection)) {
			// The driver's CONTINUE is already waiting: the first change opens a
			// three-second window.
			write(r.table("books").insert(book(30, "Draft", 2001)));
			write(r.table("books").get(30).update(r.hashMap("title", "Second")));
			write(r.table("books").get(30).update(r.hashMap("title", "Final")));
			assertThat(next(feed)).containsEntry("old_val", null)
				.containsEntry("new_val", Map.of("id", 30L, "title", "Final", "year", 2001L));
		}
	}

	@Test
	void squashShouldRefuseANegativeNumber() {
		assertThatThrownBy(() -> r.table("books").changes().optArg("squash", -1).run(this.connection))
			.hasMessageContaining("Expected BOOL or a positive NUMBER but found a negative NUMBER.");
	}

	@Test
	void squashShouldRefuseNull() {
		assertThatThrownBy(() -> r.table("books").changes().optArg("squash", (Object) null).run(this.connection))
			.hasMessageContaining("Expected BOOL or NUMBER but found NULL.");
	}

	@Test
	void droppingTheTableShouldEndTheFeedWithRethinkDbsError() throws Exception {
		try (Result<Object> feed = r.table("books").changes().run(this.connection)) {
			r.db("test").tableDrop("books").run(this.writer);
			assertThatThrownBy(() -> feed.next(10, TimeUnit.SECONDS)).isInstanceOf(ReqlOpFailedError.class)
				.hasMessageContaining("Changefeed aborted (table `test.books` was dropped).");
		}
		OfficialDriverIntegrationTests.awaitUntil(() -> this.server.metrics().openCursors() == 0);
	}

	@Test
	void aSlowReaderShouldGetTheOverflowRowWhileWritersGoOn() throws Exception {
		try (Result<Object> feed = r.table("books").changes().optArg("changefeed_queue_size", 5).run(this.connection)) {
			ExecutorService writers = Executors.newSingleThreadExecutor();
			try {
				Future<?> writes = writers.submit(() -> {
					for (int i = 0; i < 50; i++) {
						write(r.table("books").insert(book(100 + i, "t" + i, i)));
					}
				});
				writes.get(30, TimeUnit.SECONDS);
			}
			finally {
				writers.shutdownNow();
			}
			// A CONTINUE already waiting may take the first change before the queue
			// fills.
			Map<String, Object> row = next(feed);
			int before = 0;
			while (!row.containsKey("error") && before < 2) {
				before++;
				row = next(feed);
			}
			assertThat(row.get("error")).asString()
				.matches("Changefeed cache over array size limit, skipped \\d+ elements\\.");
			int skipped = Integer.parseInt(row.get("error").toString().replaceAll("\\D", ""));
			for (int i = 0; i < 5; i++) {
				assertThat(next(feed)).containsKey("new_val");
			}
			assertThat(before + skipped + 5).isEqualTo(50);
		}
	}

	@Test
	void closingAFeedShouldStopItOnTheServer() throws Exception {
		Result<Object> feed = r.table("books").changes().run(this.connection);
		OfficialDriverIntegrationTests.awaitUntil(() -> this.server.metrics().openCursors() == 1);
		feed.close();
		OfficialDriverIntegrationTests.awaitUntil(() -> this.server.metrics().openCursors() == 0);
		write(r.table("books").insert(book(11, "After", 2020)));
		assertThat(r.table("books").count().run(this.connection, Long.class).single()).isEqualTo(1L);
	}

	@Test
	void closingTheConnectionShouldEndItsFeeds() throws Exception {
		Connection own = connect();
		r.table("books").changes().run(own);
		r.table("books").get(1).changes().run(own);
		OfficialDriverIntegrationTests.awaitUntil(() -> this.server.metrics().openCursors() == 2);
		own.close(false);
		OfficialDriverIntegrationTests.awaitUntil(() -> this.server.metrics().openCursors() == 0);
		write(r.table("books").insert(book(40, "After", 2020)));
	}

	@Test
	void aThousandFeedsShouldEachSeeTheirChangesWhileWritersRun() throws Exception {
		int feedCount = 1000;
		List<Connection> connections = new ArrayList<>();
		ExecutorService threads = Executors.newFixedThreadPool(10);
		try {
			for (int i = 0; i < 10; i++) {
				connections.add(connect());
			}
			List<Future<Result<Object>>> opening = new ArrayList<>();
			for (int i = 0; i < feedCount; i++) {
				long id = i;
				Connection on = connections.get(i % 10);
				opening.add(threads.submit(() -> r.table("books").get(id).changes().run(on)));
			}
			List<Result<Object>> feeds = new ArrayList<>();
			for (Future<Result<Object>> open : opening) {
				feeds.add(open.get(60, TimeUnit.SECONDS));
			}
			assertThat(this.server.metrics().openCursors()).isEqualTo(feedCount);
			List<Future<?>> writes = new ArrayList<>();
			for (int w = 0; w < 2; w++) {
				int first = w * 500;
				writes.add(threads.submit(() -> insertInBatches(first, first + 500)));
			}
			for (Future<?> done : writes) {
				done.get(60, TimeUnit.SECONDS);
			}
			List<Future<Object>> seen = new ArrayList<>();
			for (int i = 0; i < feedCount; i++) {
				Result<Object> feed = feeds.get(i);
				seen.add(threads.submit(() -> ((Map<?, ?>) next(feed).get("new_val")).get("id")));
			}
			for (int i = 0; i < feedCount; i++) {
				assertThat(seen.get(i).get(60, TimeUnit.SECONDS)).isEqualTo((long) i);
			}
			feeds.forEach(Result::close);
			OfficialDriverIntegrationTests.awaitUntil(() -> this.server.metrics().openCursors() == 0);
		}
		finally {
			threads.shutdownNow();
			connections.forEach((each) -> each.close(false));
		}
	}

	/**
	 * Inserts documents with the ids in 100 writes of 5, on the shared writer connection.
	 */
	private void insertInBatches(int from, int to) {
		for (int id = from; id < to; id += 5) {
			List<Map<String, Object>> batch = new ArrayList<>();
			for (int i = id; i < Math.min(to, id + 5); i++) {
				batch.add(book(i, "book " + i, 2000));
			}
			write(r.table("books").insert(batch));
		}
	}

}
