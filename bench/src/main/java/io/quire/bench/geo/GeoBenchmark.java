package io.quire.bench.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.query.ReqlExpr;
import io.quire.engine.QuireServer;
import io.quire.protocol.TermType;

import static io.quire.driver.Quire.r;

/**
 * Loads random points into a table with a geospatial index on an embedded RocksDB server,
 * then times get_intersecting and get_nearest through the index against the same
 * questions answered by a full-scan filter, through Quire's driver over loopback.
 *
 * <pre>
 * java -cp "bench/target/quire-bench.jar:bench/target/lib/*" io.quire.bench.geo.GeoBenchmark [points] [repeats]
 * </pre>
 */
public final class GeoBenchmark {

	private static final int BATCH = 1000;

	private final Connection connection;

	private final Random random = new Random(2026);

	private GeoBenchmark(Connection connection) {
		this.connection = connection;
	}

	public static void main(String[] args) throws IOException {
		int points = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		int repeats = (args.length > 1) ? Integer.parseInt(args[1]) : 20;
		Path data = Files.createTempDirectory("quire-geo-bench");
		try (QuireServer server = QuireServer.builder().port(0).dataDirectory(data).build()) {
			server.start();
			ConnectionFactory factory = ConnectionFactory
				.create(ConnectionOptions.builder().host("127.0.0.1").port(server.port()).build());
			try (Connection connection = factory.connect()) {
				new GeoBenchmark(connection).run(points, repeats);
			}
		}
	}

	private void run(int points, int repeats) {
		r.db("test").tableCreate("points").runAtom(this.connection);
		r.table("points").indexCreate("location").optArg("geo", true).runAtom(this.connection);
		long start = System.nanoTime();
		load(points);
		r.table("points").indexWait("location").runAtom(this.connection);
		System.out.printf("loaded %d points (index kept up by every insert) in %.1f s%n", points,
				(System.nanoTime() - start) / 1e9);
		System.out.println("| query | through the geo index | full-scan filter | speed-up | rows |");
		System.out.println("|---|---|---|---|---|");
		compare("get_intersecting, circle of 10 km", repeats, () -> intersecting(circle(10_000)),
				() -> scanIntersecting(circle(10_000)));
		compare("get_intersecting, circle of 50 km", repeats, () -> intersecting(circle(50_000)),
				() -> scanIntersecting(circle(50_000)));
		compare("get_nearest, 10 nearest (max_dist 100 km)", repeats, () -> nearest(randomPoint(), 10),
				() -> scanNearest(randomPoint(), 10));
		compare("get_nearest, 100 nearest (max_dist 100 km)", repeats, () -> nearest(randomPoint(), 100),
				() -> scanNearest(randomPoint(), 100));
	}

	private void load(int points) {
		for (int loaded = 0; loaded < points; loaded += BATCH) {
			List<Object> batch = new ArrayList<>(BATCH);
			for (int i = loaded; i < Math.min(points, loaded + BATCH); i++) {
				double longitude = -10 + this.random.nextDouble() * 20;
				double latitude = 40 + this.random.nextDouble() * 15;
				batch.add(Map.of("id", i, "location", Map.of("$reql_type$", "GEOMETRY", "type", "Point", "coordinates",
						List.of(longitude, latitude))));
			}
			r.table("points").insert(batch).runAtom(this.connection);
		}
	}

	private ReqlExpr randomPoint() {
		return r.term(TermType.POINT, -9 + this.random.nextDouble() * 18, 41 + this.random.nextDouble() * 13);
	}

	private ReqlExpr circle(double meters) {
		return r.term(TermType.CIRCLE, randomPoint(), meters);
	}

	private long intersecting(ReqlExpr area) {
		ReqlExpr query = r.term(TermType.GET_INTERSECTING, r.table("points"), area).optArg("index", "location");
		return count(query.count());
	}

	private long scanIntersecting(ReqlExpr area) {
		return count(
				r.table("points").filter((row) -> r.term(TermType.INTERSECTS, row.bracket("location"), area)).count());
	}

	private long nearest(ReqlExpr center, int results) {
		ReqlExpr query = r.term(TermType.GET_NEAREST, r.table("points"), center)
			.optArg("index", "location")
			.optArg("max_results", results);
		return count(query.count());
	}

	private long scanNearest(ReqlExpr center, int results) {
		ReqlExpr within = r.table("points")
			.filter((row) -> r.term(TermType.DISTANCE, row.bracket("location"), center).le(100_000));
		return count(within.orderBy((row) -> r.term(TermType.DISTANCE, row.bracket("location"), center))
			.limit(results)
			.count());
	}

	private long count(ReqlExpr query) {
		return ((Number) query.runAtom(this.connection)).longValue();
	}

	private void compare(String name, int repeats, Supplier<Long> indexed, Supplier<Long> scanned) {
		indexed.get();
		Timing index = Timing.of(repeats, indexed);
		Timing scan = Timing.of(Math.max(3, repeats / 10), scanned);
		System.out.printf("| %s | %.2f ms | %.1f ms | %.0fx | %.1f / %.1f |%n", name, index.meanMillis(),
				scan.meanMillis(), scan.meanMillis() / index.meanMillis(), index.meanRows(), scan.meanRows());
	}

	/** Mean time and rows of repeated runs. */
	private record Timing(double meanMillis, double meanRows) {

		static Timing of(int repeats, Supplier<Long> query) {
			long rows = 0;
			long start = System.nanoTime();
			for (int i = 0; i < repeats; i++) {
				rows += query.get();
			}
			return new Timing((System.nanoTime() - start) / 1e6 / repeats, (double) rows / repeats);
		}

	}

}
