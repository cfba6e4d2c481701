package io.quire.engine.geo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.gen.ast.ReqlExpr;
import com.rethinkdb.gen.ast.Table;
import com.rethinkdb.gen.exc.ReqlOpFailedError;
import com.rethinkdb.gen.exc.ReqlQueryLogicError;
import com.rethinkdb.net.Connection;
import com.rethinkdb.net.Result;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Geospatial indexes through the official Java driver on a RocksDB server: creation,
 * status, get_intersecting and get_nearest with RethinkDB's results and errors, writes
 * and restarts keeping the index true, and changefeeds on get_intersecting.
 */
class GeoIndexIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	@TempDir
	Path data;

	private QuireServer server;

	private Connection connection;

	@BeforeEach
	void start() {
		open();
		r.tableCreate("geo").run(this.connection);
		tbl()
			.insert(r.array(
					r.hashMap("id", 0)
						.with("g", r.point(10, 10))
						.with("m", r.array(r.point(0, 0), r.point(1, 0), r.point(2, 0))),
					r.hashMap("id", 1).with("g", r.polygon(r.array(0, 0), r.array(0, 1), r.array(1, 1), r.array(1, 0))),
					r.hashMap("id", 2).with("g", r.line(r.array(0.000002, -1), r.array(-0.000001, 1)))))
			.run(this.connection);
		tbl().indexCreate("g").optArg("geo", true).run(this.connection);
		tbl().indexCreate("m").optArg("geo", true).optArg("multi", true).run(this.connection);
		tbl().indexCreate("other").run(this.connection);
		tbl().indexWait().run(this.connection);
	}

	private void open() {
		this.server = QuireServer.builder().port(0).dataDirectory(this.data).build();
		this.server.start();
		this.connection = r.connection().hostname("127.0.0.1").port(this.server.port()).connect();
	}

	@AfterEach
	void stop() {
		this.connection.close(false);
		this.server.close();
	}

	private static Table tbl() {
		return r.table("geo");
	}

	private Object run(ReqlExpr query) {
		return query.runAtom(this.connection);
	}

	private long intersecting(ReqlExpr geometry, String index) {
		return (Long) run(tbl().getIntersecting(geometry).optArg("index", index).count());
	}

	@Test
	void indexStatusShouldShowAGeoIndex() {
		@SuppressWarnings("unchecked")
		List<Object> statuses = (List<Object>) run(tbl().indexStatus("g", "m", "other").coerceTo("ARRAY"));
		assertThat(statuses.stream().map((status) -> ((Map<?, ?>) status).get("geo")).toList())
			.isEqualTo(List.of(true, true, false));
		assertThat(statuses.stream().map((status) -> ((Map<?, ?>) status).get("multi")).toList())
			.isEqualTo(List.of(false, true, false));
	}

	@Test
	void getIntersectingShouldFindTheDocumentsThatMeetTheGeometry() {
		assertThat(intersecting(r.point(0, 0), "g")).isEqualTo(1);
		assertThat(intersecting(r.point(10, 10), "g")).isEqualTo(1);
		assertThat(intersecting(r.point(0.5, 0.5), "g")).isEqualTo(1);
		assertThat(intersecting(r.point(20, 20), "g")).isZero();
		assertThat(intersecting(r.polygon(r.array(0, 0), r.array(1, 0), r.array(1, 1), r.array(0, 1)), "g"))
			.isEqualTo(2);
		assertThat(intersecting(r.line(r.array(0, 0), r.array(10, 10)), "g")).isEqualTo(3);
		assertThat(run(tbl().getIntersecting(r.point(0, 0)).optArg("index", "g").typeOf()))
			.isEqualTo("SELECTION<STREAM>");
	}

	@Test
	void getIntersectingOnAMultiIndexShouldEmitADocumentOncePerMatch() {
		assertThat(intersecting(r.point(1, 0), "m")).isEqualTo(1);
		assertThat(intersecting(r.point(3, 0), "m")).isZero();
		assertThat(intersecting(r.polygon(r.array(0, 0), r.array(0, 1), r.array(1, 1), r.array(1, 0)), "m"))
			.isEqualTo(2);
	}

	@Test
	void geoTermsShouldRefuseTheWrongIndexOrSource() {
		assertThatThrownBy(() -> intersecting(r.point(0, 0), "other")).isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Index `other` is not a geospatial index.  get_intersecting can only be used "
					+ "with a geospatial index.");
		assertThatThrownBy(() -> intersecting(r.point(0, 0), "missing")).isInstanceOf(ReqlOpFailedError.class)
			.hasMessageStartingWith("Index `missing` was not found on table `test.geo`.");
		assertThatThrownBy(() -> run(tbl().getIntersecting(r.point(0, 0)))).isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("get_intersecting requires an index argument.");
		assertThatThrownBy(() -> intersecting(r.point(0, 0), "id")).isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("get_intersecting cannot use the primary index.");
		assertThatThrownBy(() -> run(tbl().getNearest(r.point(0, 0)).optArg("index", "other")))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Index `other` is not a geospatial index.  get_nearest can only be used with a "
					+ "geospatial index.");
	}

	@Test
	void otherIndexReadsShouldRefuseAGeoIndex() {
		String message = "Index `g` is a geospatial index.  Only get_nearest and get_intersecting can use a "
				+ "geospatial index.";
		assertThatThrownBy(() -> run(tbl().getAll(0).optArg("index", "g").count()))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith(message);
		assertThatThrownBy(() -> run(tbl().between(0, 1).optArg("index", "g").count()))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith(message);
		assertThatThrownBy(() -> run(tbl().orderBy().optArg("index", "g").count()))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith(message);
	}

	@Test
	void indexFunctionsMayUsePointButNotLine() {
		assertThat(run(tbl().indexCreate("point_det", (x) -> r.point(x, x)))).isEqualTo(Map.of("created", 1L));
		assertThatThrownBy(() -> run(tbl().indexCreate("line_det", (x) -> r.line(x, x))))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Could not prove function deterministic.  Index functions must be deterministic.");
	}

	@Test
	void getNearestShouldListDocumentsByGeodesicDistance() {
		List<?> near = (List<?>) run(
				tbl().getNearest(r.point(0, 0)).optArg("index", "g").pluck("dist", r.hashMap("doc", "id")));
		assertThat(near).hasSize(2);
		assertThat(dist(near, 0)).isZero();
		assertThat(id(near, 0)).isEqualTo(1L);
		assertThat(dist(near, 1)).isCloseTo(0.055659745396754216, within(1e-4));
		List<?> far = (List<?>) run(
				tbl().getNearest(r.point(0, 0)).optArg("index", "g").optArg("max_dist", 1566).optArg("unit", "km"));
		assertThat(far).hasSize(3);
		assertThat(dist(far, 2)).isCloseTo(1565.1090992178897, within(1e-6));
		List<?> two = (List<?>) run(tbl().getNearest(r.point(0, 0))
			.optArg("index", "g")
			.optArg("max_dist", 1565110)
			.optArg("max_results", 2));
		assertThat(two).hasSize(2);
		assertThat(run(tbl().getNearest(r.point(0, 0)).optArg("index", "g").typeOf())).isEqualTo("ARRAY");
	}

	@Test
	void getNearestShouldRefuseTooLargeDistancesAndBadOptions() {
		assertThatThrownBy(() -> run(tbl().getNearest(r.point(0, 0)).optArg("index", "g").optArg("max_dist", 10000000)))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("The distance has become too large for continuing the indexed nearest traversal.  "
					+ "Consider specifying a smaller `max_dist` parameter.  (Radius must be smaller than a quarter of "
					+ "the circumference along the minor axis of the reference ellipsoid.  Got 10968937.99524458");
		assertThatThrownBy(() -> run(tbl().getNearest(r.point(0, 0)).optArg("index", "g").optArg("max_results", 0)))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("max_results must be positive.");
		assertThatThrownBy(() -> run(tbl().getNearest(r.point(0, 0)).optArg("index", "g").optArg("max_dist", -1)))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("max_dist must be positive.");
	}

	@Test
	void writesShouldMoveDocumentsInTheIndex() {
		run(tbl().get(0).update(r.hashMap("g", r.point(50, 50))));
		assertThat(intersecting(r.point(10, 10), "g")).isZero();
		assertThat(intersecting(r.point(50, 50), "g")).isEqualTo(1);
		run(tbl().get(0).delete());
		assertThat(intersecting(r.point(50, 50), "g")).isZero();
		run(tbl().insert(r.hashMap("id", 9).with("g", r.circle(r.array(50, 50), 1000))));
		assertThat(intersecting(r.point(50, 50), "g")).isEqualTo(1);
	}

	@Test
	void theIndexShouldSurviveARestart() {
		this.connection.close(false);
		this.server.close();
		open();
		assertThat(intersecting(r.polygon(r.array(0, 0), r.array(1, 0), r.array(1, 1), r.array(0, 1)), "g"))
			.isEqualTo(2);
		run(tbl().insert(r.hashMap("id", 7).with("g", r.point(0.5, 0.25))));
		assertThat(intersecting(r.point(0.5, 0.25), "g")).isEqualTo(2);
	}

	@Test
	void changesOnGetIntersectingShouldShowDocumentsEnteringAndLeaving() throws Exception {
		ReqlExpr area = r.polygon(r.array(20, 20), r.array(21, 20), r.array(21, 21), r.array(20, 21));
		try (Result<Object> feed = tbl().getIntersecting(area).optArg("index", "g").changes().run(this.connection)) {
			run(tbl().insert(r.hashMap("id", 5).with("g", r.point(30, 30))));
			run(tbl().insert(r.hashMap("id", 6).with("g", r.point(20.5, 20.5))));
			run(tbl().get(6).update(r.hashMap("g", r.point(40, 40))));
			Map<?, ?> entered = (Map<?, ?>) feed.next(10, TimeUnit.SECONDS);
			assertThat(((Map<?, ?>) entered.get("new_val")).get("id")).isEqualTo(6L);
			assertThat(entered.get("old_val")).isNull();
			Map<?, ?> left = (Map<?, ?>) feed.next(10, TimeUnit.SECONDS);
			assertThat(left.get("new_val")).isNull();
		}
	}

	@Test
	void indexedResultsShouldEqualAFullScan() {
		List<Object> points = new ArrayList<>();
		java.util.Random random = new java.util.Random(15);
		for (int i = 100; i < 1100; i++) {
			points.add(r.hashMap("id", i).with("g", r.point(random.nextDouble() * 4 - 2, random.nextDouble() * 4 - 2)));
		}
		run(tbl().insert(points));
		ReqlExpr area = r.circle(r.array(0.3, -0.2), 80000);
		Object indexed = run(
				tbl().getIntersecting(area).optArg("index", "g").orderBy("id").getField("id").coerceTo("ARRAY"));
		Object scanned = run(
				tbl().filter((row) -> row.g("g").intersects(area)).orderBy("id").getField("id").coerceTo("ARRAY"));
		assertThat((List<?>) indexed).hasSizeGreaterThan(10).isEqualTo(scanned);
		List<?> nearest = (List<?>) run(tbl().getNearest(r.point(0.7, 0.7))
			.optArg("index", "g")
			.optArg("max_results", 25)
			.map((n) -> n.g("doc").g("id")));
		List<?> brute = (List<?>) run(
				tbl().orderBy((row) -> r.distance(row.g("g"), r.point(0.7, 0.7))).limit(25).getField("id"));
		assertThat(nearest).isEqualTo(brute);
	}

	private static double dist(List<?> rows, int i) {
		return ((Number) ((Map<?, ?>) rows.get(i)).get("dist")).doubleValue();
	}

	private static Object id(List<?> rows, int i) {
		return ((Map<?, ?>) ((Map<?, ?>) rows.get(i)).get("doc")).get("id");
	}

}
