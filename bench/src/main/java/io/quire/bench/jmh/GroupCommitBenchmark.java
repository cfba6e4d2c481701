package io.quire.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.RunOptions;
import io.quire.driver.query.Table;
import io.quire.engine.QuireServer;
import io.quire.engine.ServerMetrics;

import static io.quire.driver.Quire.r;

/**
 * How many durable writers share a WAL sync: an embedded {@link QuireServer} on a
 * temporary RocksDB directory, and 1, 4, 16 and 32 threads that run
 * {@code get(k).update({...})} with {@code durability: hard} through one shared driver
 * connection. Prints ops/s, mean latency and writes per sync (from
 * {@link ServerMetrics#syncedWrites()} and {@link ServerMetrics#walSyncs()}) for each
 * thread count, after a 2 second warm-up at one thread. A plain program run by hand (not
 * JMH, not part of the build):
 *
 * <pre>
 * ./mvnw -B -q -o -pl bench dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * ./mvnw -B -q -o -pl bench compile
 * java -cp "$(cat /tmp/cp.txt):bench/target/classes" io.quire.bench.jmh.GroupCommitBenchmark 5 1,4,16,32
 * </pre>
 *
 * The arguments are the seconds per thread count and the thread counts; the system
 * property {@code quire.workers} overrides the server's worker threads.
 */
public final class GroupCommitBenchmark {

	private static final int KEYS = 10_000;

	private static final String DATABASE = "bench";

	private static final String TABLE = "docs";

	private GroupCommitBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = (args.length > 0) ? Integer.parseInt(args[0]) : 5;
		String threadCounts = (args.length > 1) ? args[1] : "1,4,16,32";
		Path directory = Files.createTempDirectory("quire-group-commit");
		QuireServer.Builder builder = QuireServer.builder().port(0).dataDirectory(directory);
		Integer workers = Integer.getInteger("quire.workers");
		if (workers != null) {
			builder.workerThreads(workers);
		}
		try (QuireServer server = builder.build()) {
			server.start();
			try (ConnectionFactory factory = ConnectionFactory
				.create(ConnectionOptions.builder().host("127.0.0.1").port(server.port()).build());
					Connection connection = factory.connect()) {
				load(connection);
				System.out.printf("%8s %10s %12s %14s%n", "threads", "ops/s", "mean µs", "writes/sync");
				measure(server, connection, 1, 2);
				for (String count : threadCounts.split(",")) {
					measure(server, connection, Integer.parseInt(count.trim()), seconds);
				}
			}
		}
		finally {
			deleteQuietly(directory);
		}
	}

	private static void load(Connection connection) {
		r.dbCreate(DATABASE).runAtom(connection);
		r.db(DATABASE).tableCreate(TABLE).runAtom(connection);
		List<Map<String, Object>> documents = new ArrayList<>();
		for (int i = 0; i < KEYS; i++) {
			documents.add(Map.of("id", "k" + i, "value", 0));
		}
		table().insert(documents).runAtom(connection);
	}

	private static void measure(QuireServer server, Connection connection, int threads, int seconds)
			throws InterruptedException {
		ServerMetrics before = server.metrics();
		LongAdder operations = new LongAdder();
		AtomicBoolean running = new AtomicBoolean(true);
		List<Thread> writers = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < threads; i++) {
			Thread writer = new Thread(() -> update(connection, running, operations), "writer-" + i);
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
		long done = operations.sum();
		System.out.printf("%8d %10.0f %12.0f %14.2f%n", threads, done / elapsed, threads * elapsed * 1e6 / done,
				(double) written / Math.max(1, syncs));
	}

	private static void update(Connection connection, AtomicBoolean running, LongAdder operations) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (running.get()) {
			String key = "k" + random.nextInt(KEYS);
			table().get(key)
				.update(Map.of("value", random.nextInt()))
				.optArg("durability", "hard")
				.runAtom(connection, RunOptions.none(), Map.class);
			operations.increment();
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
