package io.quire.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quire.bench.Documents;
import io.quire.engine.QuerySession;
import io.quire.engine.catalog.DefaultCatalog;
import io.quire.engine.query.ReqlQueryRunner;
import io.quire.engine.storage.memory.MemoryStorage;
import io.quire.protocol.json.ReqlJson;

import static io.quire.driver.Quire.r;

/**
 * The server's CPU cost of one batched insert of 100 YCSB documents, without network or
 * disk: the query's JSON as the driver sends it is parsed, compiled and run against a
 * fresh catalog in memory (documents encoded, keys locked, rows counted), each time with
 * new keys. Prints the thread CPU time per batch of each round and the best round: CPU
 * time, unlike elapsed time, barely moves when other work shares the machine. A plain
 * program run by hand (not JMH, not part of the build):
 *
 * <pre>
 * java -cp "$(cat /tmp/cp.txt):bench/target/classes" io.quire.bench.jmh.InsertPathBenchmark 7 300
 * </pre>
 *
 * The arguments are the rounds (the first is a warm-up) and the batches per round.
 */
public final class InsertPathBenchmark {

	private static final QuerySession SESSION = new QuerySession("admin", 1, "127.0.0.1:1");

	private InsertPathBenchmark() {
	}

	public static void main(String[] args) {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 7;
		int batches = (args.length > 1) ? Integer.parseInt(args[1]) : 300;
		double best = Double.MAX_VALUE;
		for (int round = 0; round < rounds; round++) {
			double micros = round(batches);
			System.out.printf("round %d: %.0f µs CPU per batch of 100%n", round, micros);
			best = (round > 0) ? Math.min(best, micros) : best;
		}
		System.out.printf("best: %.0f µs CPU per batch of 100%n", best);
	}

	private static double round(int batches) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long next = 0;
		long cpu = 0;
		try (DefaultCatalog catalog = DefaultCatalog.open(new MemoryStorage(), ReqlQueryRunner::compileIndexFunction)) {
			ReqlQueryRunner runner = new ReqlQueryRunner(catalog);
			runner.run(SESSION, ReqlJson.read("[60,[\"docs\"]]"), Map.of());
			for (int i = 0; i < batches; i++) {
				byte[] query = query(next);
				next += 100;
				long started = threads.getCurrentThreadCpuTime();
				runner.run(SESSION, ReqlJson.read(query), Map.of());
				cpu += threads.getCurrentThreadCpuTime() - started;
			}
		}
		return cpu / 1e3 / batches;
	}

	private static byte[] query(long first) {
		List<Map<String, Object>> batch = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			batch.add(Documents.document("id", Documents.key(first + i)));
		}
		return r.table("docs").insert(batch).optArg("durability", "soft").toJson().getBytes(StandardCharsets.UTF_8);
	}

}
