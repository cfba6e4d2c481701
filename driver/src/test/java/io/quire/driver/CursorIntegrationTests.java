package io.quire.driver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quire.driver.testing.TestServers;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CursorIntegrationTests {

	private static final int ROWS = 3000;

	private static QuireServer server;

	private static Connection connection;

	record Row(long id, String label) {
	}

	@BeforeAll
	static void fillATable() {
		server = TestServers.start();
		connection = ConnectionFactory.create(TestServers.options(server).build()).connect();
		r.db("test").tableCreate("rows").runAtom(connection);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			rows.add(Map.of("id", i, "label", "row " + i));
		}
		r.table("rows").insert(rows).runAtom(connection);
	}

	@AfterAll
	static void stopServer() {
		connection.close();
		server.close();
	}

	@Test
	void aLargeResultShouldArriveInBatchesFetchedAsTheyAreRead() {
		RunOptions smallBatches = RunOptions.none().with("max_batch_rows", 100);
		try (Cursor<Row> cursor = r.table("rows").run(connection, smallBatches, Row.class)) {
			assertThat(cursor.isExhausted()).isFalse();
			List<Long> ids = new ArrayList<>();
			cursor.forEachRemaining((row) -> ids.add(row.id()));
			assertThat(ids).hasSize(ROWS).doesNotHaveDuplicates();
			assertThat(cursor.isExhausted()).isTrue();
		}
		assertThat(server.metrics().openCursors()).isZero();
	}

	@Test
	void closingEarlyShouldStopTheServerSideCursor() {
		Cursor<Row> cursor = r.table("rows").run(connection, RunOptions.none().with("max_batch_rows", 10), Row.class);
		assertThat(cursor.next()).isNotNull();
		assertThat(server.metrics().openCursors()).isEqualTo(1);
		cursor.close();
		await().atMost(Duration.ofSeconds(5)).until(() -> server.metrics().openCursors() == 0);
		assertThat(cursor.hasNext()).isFalse();
	}

	@Test
	void streamsShouldBeLazyAndCloseTheCursor() {
		try (var labels = r.table("rows")
			.run(connection, RunOptions.none().with("max_batch_rows", 50), Row.class)
			.stream()
			.map(Row::label)) {
			assertThat(labels.limit(3).toList()).hasSize(3).allMatch((label) -> label.startsWith("row "));
		}
		await().atMost(Duration.ofSeconds(5)).until(() -> server.metrics().openCursors() == 0);
	}

	@Test
	void closingTheConnectionShouldCloseItsCursors() {
		Connection own = ConnectionFactory.create(TestServers.options(server).build()).connect();
		Cursor<Object> cursor = r.table("rows").run(own, RunOptions.none().with("max_batch_rows", 10));
		cursor.next();
		own.close();
		assertThat(cursor.hasNext()).isFalse();
		await().atMost(Duration.ofSeconds(5)).until(() -> server.metrics().openCursors() == 0);
	}

	@Test
	void runAtomShouldReadASequenceToTheEnd() {
		List<?> all = r.table("rows").runAtom(connection, RunOptions.none().with("max_batch_rows", 500), List.class);
		assertThat(all).hasSize(ROWS);
	}

}
