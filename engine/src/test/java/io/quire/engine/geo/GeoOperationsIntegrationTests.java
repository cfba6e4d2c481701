package io.quire.engine.geo;

import java.util.List;
import java.util.Map;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.gen.ast.Polygon;
import com.rethinkdb.gen.ast.ReqlExpr;
import com.rethinkdb.gen.exc.ReqlQueryLogicError;
import com.rethinkdb.net.Connection;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Distances, intersection, inclusion and polygon subtraction through the official Java
 * driver over a socket.
 */
class GeoOperationsIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	private static QuireServer server;

	private static Connection connection;

	@BeforeAll
	static void start() {
		server = QuireServer.builder().port(0).inMemory().build();
		server.start();
		connection = r.connection().hostname("127.0.0.1").port(server.port()).connect();
	}

	@AfterAll
	static void stop() {
		connection.close(false);
		server.close();
	}

	private static Object run(ReqlExpr query) {
		return query.runAtom(connection);
	}

	private static double number(ReqlExpr query) {
		return ((Number) run(query)).doubleValue();
	}

	private static Polygon square() {
		return r.polygon(r.array(1, 1), r.array(2, 1), r.array(2, 2), r.array(1, 2));
	}

	private static ReqlExpr squareWithHole() {
		return square()
			.polygonSub(r.polygon(r.array(1.1, 1.1), r.array(1.9, 1.1), r.array(1.9, 1.9), r.array(1.1, 1.9)));
	}

	/**
	 * RethinkDB's values from its own tests; GeographicLib's newer release of the same
	 * algorithm agrees to a few nanometers.
	 */
	@Test
	void distanceBetweenPointsShouldBeGeodesicOnWgs84() {
		assertThat(number(r.distance(r.point(-122, 37), r.point(-123, 37)))).isCloseTo(89011.26253835332, within(1e-6));
		assertThat(number(r.distance(r.point(-122, 37), r.point(-122, 36)))).isCloseTo(110968.30443995494,
				within(1e-6));
		assertThat(number(r.distance(r.point(0, 0), r.point(180, 0)).mul(2))).isCloseTo(40007862.917250897,
				within(1e-6));
		assertThat(number(r.distance(r.point(0, -90), r.point(0, 90)).mul(2))).isCloseTo(40007862.917250897,
				within(1e-6));
		assertThat(run(r.distance(r.point(0, 0), r.point(0, 0)).coerceTo("STRING"))).isEqualTo("0");
	}

	@Test
	void distanceShouldHonourUnitsAndGeoSystems() {
		ReqlExpr meters = r.distance(r.point(-122, 37), r.point(-123, 37));
		assertThat(
				run(meters.mul(1.0 / 1000.0).eq(r.distance(r.point(-122, 37), r.point(-123, 37)).optArg("unit", "km"))))
			.isEqualTo(true);
		assertThat(
				run(meters.mul(1.0 / 1852.0).eq(r.distance(r.point(-122, 37), r.point(-123, 37)).optArg("unit", "nm"))))
			.isEqualTo(true);
		assertThat(number(r.distance(r.point(-122, 37), r.point(-123, 37)).optArg("geo_system", "unit_sphere")))
			.isCloseTo(0.01393875509649327, within(1e-15));
		assertThat(
				run(meters.div(10)
					.eq(r.distance(r.point(-122, 37), r.point(-123, 37))
						.optArg("geo_system", r.hashMap("a", 637813.7).with("f", 1.0 / 298.257223563)))))
			.isEqualTo(true);
		assertThatThrownBy(() -> run(r.distance(r.point(0, 0), r.point(1, 1)).optArg("unit", "parsec")))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Unrecognized distance unit `parsec`.");
		assertThatThrownBy(() -> run(r.distance(r.point(0, 0), r.point(1, 1)).optArg("geo_system", "mars")))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Unrecognized geo system \"mars\" (valid options: \"WGS84\", \"unit_sphere\").");
	}

	@Test
	void distanceToLinesAndPolygonsShouldUseTheirNearestPoint() {
		assertThat(number(r.distance(r.point(0, 0), r.line(r.array(0, 0), r.array(0, 1))))).isZero();
		assertThat(run(r.distance(r.point(0, 0), r.line(r.array(0.1, 0), r.array(1, 0)))
			.eq(r.distance(r.point(0, 0), r.point(0.1, 0))))).isEqualTo(true);
		assertThat(number(r.distance(r.point(0, 0), r.line(r.array(5, -1), r.array(4, 2)))))
			.isCloseTo(492471.4990055255, within(500.0));
		assertThat(number(r.distance(r.point(0.5, 0.5), r.polygon(r.array(0, -1), r.array(0, 1), r.array(10, 10)))))
			.isZero();
		assertThat(number(r.distance(r.line(r.array(5, -1), r.array(4, 2)), r.point(0, 0))))
			.isCloseTo(492471.4990055255, within(500.0));
	}

	@Test
	void intersectsShouldTreatShapesAsClosedAndHolesAsOpen() {
		assertThat(run(square().intersects(r.point(1.5, 1.5)))).isEqualTo(true);
		assertThat(run(square().intersects(r.point(2, 2)))).isEqualTo(true);
		assertThat(run(square().intersects(r.point(2.5, 2.5)))).isEqualTo(false);
		assertThat(run(squareWithHole().intersects(r.point(1.5, 1.5)))).isEqualTo(false);
		assertThat(run(squareWithHole().intersects(r.point(1.1, 1.1)))).isEqualTo(true);
		assertThat(run(r.line(r.array(1, 1), r.array(2, 1)).intersects(r.line(r.array(2, 1), r.array(3, 1)))))
			.isEqualTo(true);
		assertThat(run(r.point(1, 1).intersects(r.point(1.5, 1.5)))).isEqualTo(false);
	}

	@Test
	void intersectsAndIncludesOnASequenceShouldFilterIt() {
		assertThat(run(r.expr(r.array(r.point(1, 0), r.point(3, 0), r.point(2, 0)))
			.intersects(r.line(r.array(0, 0), r.array(2, 0)))
			.count())).isEqualTo(2L);
		assertThat(run(r.expr(r.array(r.polygon(r.array(0, 0), r.array(1, 1), r.array(1, 0)),
				r.polygon(r.array(0, 1), r.array(1, 2), r.array(1, 1))))
			.includes(r.point(0, 0))
			.count())).isEqualTo(1L);
	}

	@Test
	void includesShouldNeedAPolygonThatHoldsTheWholeGeometry() {
		assertThat(run(square().includes(r.line(r.array(2, 1), r.array(2, 2))))).isEqualTo(true);
		assertThat(run(square().includes(r.line(r.array(1.5, 1.5), r.array(3, 3))))).isEqualTo(false);
		assertThat(run(square().includes(square()))).isEqualTo(true);
		assertThat(run(squareWithHole()
			.includes(r.polygon(r.array(1.2, 1.2), r.array(1.8, 1.2), r.array(1.8, 1.8), r.array(1.2, 1.8)))))
			.isEqualTo(false);
		assertThatThrownBy(() -> run(r.point(0, 0).includes(r.point(0, 0)))).isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Expected geometry of type `Polygon` but found `Point`.");
	}

	@Test
	void polygonSubShouldCutAHoleThatLiesInside() {
		Map<?, ?> result = (Map<?, ?>) run(squareWithHole().toGeojson());
		assertThat((List<?>) result.get("coordinates")).hasSize(2);
		assertThatThrownBy(() -> run(square().polygonSub(r.polygon(r.array(0, 0), r.array(3, 0), r.array(3, 3)))))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("The second argument to `polygon_sub` is not contained in the first one.");
		assertThatThrownBy(() -> run(
				squareWithHole().polygonSub(r.polygon(r.array(1.01, 1.01), r.array(1.05, 1.01), r.array(1.05, 1.05)))))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Expected a Polygon with only an outer shell.  This one has holes.");
		assertThatThrownBy(() -> run(square().polygonSub(r.line(r.array(1.2, 1.2), r.array(1.5, 1.5)))))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Expected a Polygon but found a LineString.");
	}

	/**
	 * RethinkDB cancels the edges a hole shares with the shell, so a polygon minus itself
	 * is an empty polygon: its shell twice, meeting nothing.
	 */
	@Test
	void polygonSubOfAPolygonFromItselfShouldBeAnEmptyPolygon() {
		Map<?, ?> result = (Map<?, ?>) run(square().polygonSub(square()).toGeojson());
		List<?> rings = (List<?>) result.get("coordinates");
		assertThat(result.get("type")).isEqualTo("Polygon");
		assertThat(rings).hasSize(2);
		assertThat(rings.get(1)).isEqualTo(rings.get(0));
		assertThat((List<?>) rings.get(0)).hasSize(5);
		assertThat(run(square().polygonSub(square()).intersects(r.point(1.5, 1.5)))).isEqualTo(false);
		assertThat(run(square().polygonSub(square()).intersects(square()))).isEqualTo(false);
		assertThat(run(square().polygonSub(square()).includes(r.point(1.5, 1.5)))).isEqualTo(false);
	}

	@Test
	void distanceToAnEmptyPolygonShouldBeRefusedWithAClearError() {
		assertThatThrownBy(() -> run(r.distance(r.point(0, 0), square().polygonSub(square()))))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Cannot compute a distance to an empty polygon: it has no points.");
		assertThatThrownBy(() -> run(square().polygonSub(square()).distance(r.point(0, 0))))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Cannot compute a distance to an empty polygon");
	}

	@Test
	void holesOutsideTheShellShouldBeRefused() {
		ReqlExpr polygon = r.geojson(r.hashMap("type", "Polygon")
			.with("coordinates", r.array(r.array(r.array(0, 0), r.array(1, 0), r.array(1, 1), r.array(0, 0)),
					r.array(r.array(5, 5), r.array(6, 5), r.array(6, 6), r.array(5, 5)))));
		assertThatThrownBy(() -> run(polygon)).isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Some edges in GeoJSON polygon could not be used.  Are they intersecting?");
	}

}
