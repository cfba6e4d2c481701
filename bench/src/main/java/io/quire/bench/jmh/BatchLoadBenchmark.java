package io.quire.bench.jmh;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import io.quire.bench.Documents;
import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.RunOptions;
import io.quire.driver.query.Table;
import io.quire.engine.QuireServer;
import io.quire.engine.ServerMetrics;

import static io.quire.driver.Quire.r;

/**
 * The bench's durable batched load in one process, to profile the server's insert path:
 * an embedded {@link QuireServer} on a temporary RocksDB directory and 1 or more threads
 * inserting arrays of 100 YCSB documents ({@code durability: hard}) through one shared
 * driver connection. Prints documents/s, the process's CPU per document (client included)
 * and batches per WAL sync, after a warm-up. A plain program run by hand (not JMH, not
 * part of the build), with {@code -XX:StartFlightRecording} to profile:
 *
 * <pre>
 * ./mvnw -B -q -o -pl bench dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * ./mvnw -B -q -o -pl bench -am compile
 * java -cp "$(cat /tmp/cp.txt):bench/target/classes" io.quire.bench.jmh.BatchLoadBenchmark 10 1,4
 * </pre>
 *
 * The arguments are the seconds per thread count and the thread counts; the system
 * property {@code bench.durability} (hard) chooses the durability.
 */
public final class BatchLoadBenchmark {

	private static final int BATCH_SIZE = 100;

	private static final String DATABASE = "bench";

	private static final String TABLE = "docs";

	private static final AtomicLong KEYS = new AtomicLong();

	private BatchLoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = (args.length > 0) ? Integer.parseInt(args[0]) : 10;
		String threadCounts = (args.length > 1) ? args[1] : "1,4";
		Path directory = Files.createTempDirectory("quire-batch-load");
		try (QuireServer server = QuireServer.builder().port(0).dataDirectory(directory).build()) {
			server.start();
			try (ConnectionFactory factory = ConnectionFactory
				.create(ConnectionOptions.builder().host("127.0.0.1").port(server.port()).build());
					Connection connection = factory.connect()) {
				r.dbCreate(DATABASE).runAtom(connection);
				r.db(DATABASE).tableCreate(TABLE).runAtom(connection);
				System.out.printf("%8s %10s %18s %14s%n", "threads", "docs/s", "server cpu µs/doc", "batches/sync");
				measure(server, connection, 1, Math.max(2, seconds / 2));
				for (String count : threadCounts.split(",")) {
					measure(server, connection, Integer.parseInt(count.trim()), seconds);
				}
			}
		}
		finally {
			deleteQuietly(directory);
		}
	}

	private static void measure(QuireServer server, Connection connection, int threads, int seconds)
			throws InterruptedException {
		ServerMetrics before = server.metrics();
		long cpuBefore = serverCpuNanos();
		LongAdder documents = new LongAdder();
		AtomicBoolean running = new AtomicBoolean(true);
		List<Thread> writers = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < threads; i++) {
			Thread writer = new Thread(() -> load(connection, running, documents), "loader-" + i);
			writer.start();
			writers.add(writer);
		}
		Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
		running.set(false);
		for (Thread writer : writers) {
			writer.join();
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		ServerMetrics after = server.metrics();
		long syncs = after.walSyncs() - before.walSyncs();
		long written = after.syncedWrites() - before.syncedWrites();
		long done = documents.sum();
		System.out.printf("%8d %10.0f %18.1f %14.2f%n", threads, done / elapsed,
				(serverCpuNanos() - cpuBefore) / 1e3 / done, (double) written / Math.max(1, syncs));
	}

	/**
	 * CPU time of the server's threads (named {@code quire-}, the driver's excepted): on
	 * a machine shared with other work this moves much less than throughput does.
	 */
	private static long serverCpuNanos() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long total = 0;
		for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			String name = (info != null) ? info.getThreadName() : "";
			if (name.startsWith("quire-") && !name.startsWith("quire-driver")) {
				total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
			}
		}
		return total;
	}

	private static void load(Connection connection, AtomicBoolean running, LongAdder documents) {
		String durability = System.getProperty("bench.durability", "hard");
		while (running.get()) {
			List<Map<String, Object>> batch = new ArrayList<>(BATCH_SIZE);
			for (int i = 0; i < BATCH_SIZE; i++) {
				batch.add(Documents.document("id", Documents.key(KEYS.incrementAndGet())));
			}
			table().insert(batch).optArg("durability", durability).runAtom(connection, RunOptions.none(), Map.class);
			documents.add(BATCH_SIZE);
		}
	}

	private static Table table() {
		return r.db(DATABASE).table(TABLE);
	}

	private static void deleteQuietly(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

}
