package io.quire.tools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.tools.testing.Args;
import io.quire.tools.testing.TestServer;
import io.quire.tools.testing.ToolRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dump of a RocksDB server while another client keeps inserting and updating: each
 * table is one table scan through one cursor, read by the server from one RocksDB
 * snapshot, so the dump holds every document that existed when it began, each once.
 */
class ConsistentDumpIntegrationTests {

	private static final int DOCUMENTS = 5000;

	@TempDir
	Path directory;

	@Test
	void writesDuringADumpNeitherBreakItNorDuplicateOrLoseDocuments() throws Exception {
		try (TestServer source = TestServer.onDisk(this.directory.resolve("data"))) {
			load(source.connection());
			AtomicBoolean stop = new AtomicBoolean();
			AtomicLong writes = new AtomicLong();
			Thread writer = new Thread(() -> write(source, stop, writes));
			writer.start();
			Path archive = this.directory.resolve("live.tar.gz");
			ToolRun dump;
			try {
				long before = waitForWrites(writes, 0);
				dump = ToolRun.of(Args.of("dump", source, "-f", archive.toString(), "-e", "live"));
				waitForWrites(writes, before);
			}
			finally {
				stop.set(true);
				writer.join();
			}
			assertThat(dump.status()).as(dump.err()).isZero();
			try (TestServer target = TestServer.inMemory()) {
				ToolRun restore = ToolRun.of(Args.of("restore", target, archive.toString()));
				assertThat(restore.status()).as(restore.err()).isZero();
				List<JsonNode> rows = r.db("live").table("docs").run(target.connection(), JsonNode.class).toList();
				Set<Long> ids = new HashSet<>();
				rows.forEach((row) -> assertThat(ids.add(row.get("id").asLong())).isTrue());
				for (long id = 0; id < DOCUMENTS; id++) {
					assertThat(ids).contains(id);
				}
			}
		}
	}

	private static void load(Connection connection) {
		r.dbCreate("live").runAtom(connection, Map.class);
		r.db("live").tableCreate("docs").runAtom(connection, Map.class);
		for (int from = 0; from < DOCUMENTS; from += 500) {
			List<Map<String, Object>> batch = new ArrayList<>();
			for (int id = from; id < from + 500; id++) {
				batch.add(Map.of("id", id, "v", 0, "pad", "x".repeat(100)));
			}
			r.db("live").table("docs").insert(r.expr(batch)).runAtom(connection, Map.class);
		}
	}

	private static void write(TestServer server, AtomicBoolean stop, AtomicLong writes) {
		try (Connection connection = ConnectionFactory.create(server.options()).connect()) {
			for (long next = DOCUMENTS; !stop.get(); next++) {
				r.db("live").table("docs").insert(r.expr(Map.of("id", next, "v", 0))).runAtom(connection, Map.class);
				r.db("live")
					.table("docs")
					.get(next % DOCUMENTS)
					.update(r.expr(Map.of("v", next)))
					.runAtom(connection, Map.class);
				writes.incrementAndGet();
			}
		}
	}

	private static long waitForWrites(AtomicLong writes, long after) throws InterruptedException {
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (writes.get() <= after + 5 && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(writes.get()).isGreaterThan(after);
		return writes.get();
	}

}
