package io.quire.engine.geo;

import java.util.List;
import java.util.Map;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.gen.exc.ReqlNonExistenceError;
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
 * Geometry constructors and their validation through the official Java driver over a
 * socket, with RethinkDB's results and error texts.
 */
class GeoTermsIntegrationTests {

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

	private static Object run(com.rethinkdb.gen.ast.ReqlExpr query) {
		return query.runAtom(connection);
	}

	@Test
	void pointShouldBeAGeometryPseudoType() {
		Map<?, ?> point = (Map<?, ?>) run(r.point(-122.4, 37.7).toGeojson());
		assertThat(point.get("type")).isEqualTo("Point");
		assertThat(point.get("coordinates")).isEqualTo(List.of(-122.4, 37.7));
		assertThat(run(r.point(180, 90).typeOf())).isEqualTo("PTYPE<GEOMETRY>");
	}

	@Test
	void pointShouldRefuseCoordinatesOutOfRange() {
		assertThatThrownBy(() -> run(r.point(0, 91))).isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Latitude must be between -90 and 90.  Got 91.");
		assertThatThrownBy(() -> run(r.point(-181, 0))).isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Longitude must be between -180 and 180.  Got -181.");
	}

	@Test
	void lineShouldRefuseDuplicateVerticesAndBadPairs() {
		assertThatThrownBy(() -> run(r.line(r.array(0, 0), r.array(0, 0)))).isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Invalid LineString.  Are there antipodal or duplicate vertices?");
		assertThatThrownBy(() -> run(r.line(r.array(0, 0), r.array(1)))).isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Expected point coordinate pair.  Got 1 element array instead of a 2 element one.");
		assertThatThrownBy(() -> run(r.line(r.point(0, 0), r.point(1, 0), r.line(r.array(0, 0), r.array(1, 0)))))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Expected geometry of type `Point` but found `LineString`.");
	}

	@Test
	void lineMayReturnToItsStart() {
		Map<?, ?> line = (Map<?, ?>) run(r.line(r.array(0, 0), r.array(0, 1), r.array(0, 0)).toGeojson());
		assertThat(line.get("coordinates")).isEqualTo(List.of(List.of(0L, 0L), List.of(0L, 1L), List.of(0L, 0L)));
	}

	@Test
	void polygonShouldBeClosedAndRefuseDegenerateRings() {
		Map<?, ?> polygon = (Map<?, ?>) run(r.polygon(r.array(0, 0), r.array(0, 1), r.array(1, 0)).toGeojson());
		assertThat(polygon.get("coordinates"))
			.isEqualTo(List.of(List.of(List.of(0L, 0L), List.of(0L, 1L), List.of(1L, 0L), List.of(0L, 0L))));
		String invalid = "Invalid LinearRing.  Are there antipodal or duplicate vertices? Is it self-intersecting?";
		assertThatThrownBy(() -> run(r.polygon(r.array(0, 0), r.array(0, 0), r.array(0, 0), r.array(0, 0))))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith(invalid);
		assertThatThrownBy(() -> run(r.polygon(r.array(0, 0), r.array(0, 1), r.array(1, 0), r.array(-1, 0.5))))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith(invalid);
	}

	@Test
	void geojsonShouldCheckFieldsTypesAndSupport() {
		assertThat(run(r.geojson(r.hashMap("type", "Point").with("coordinates", r.array(1, 2))).typeOf()))
			.isEqualTo("PTYPE<GEOMETRY>");
		assertThatThrownBy(() -> run(r.geojson(r.hashMap("type", "Point")))).isInstanceOf(ReqlNonExistenceError.class)
			.hasMessageStartingWith("No attribute `coordinates` in object:");
		assertThatThrownBy(() -> run(r.geojson(r.hashMap("type", "foo").with("coordinates", r.array(0, 0)))))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Unrecognized GeoJSON type `foo`.");
		assertThatThrownBy(() -> run(r.geojson(r.hashMap("type", "MultiPoint").with("coordinates", r.array(0, 0)))))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("GeoJSON type `MultiPoint` is not supported.");
		assertThatThrownBy(() -> run(
				r.geojson(r.hashMap("type", "Point").with("coordinates", r.array(0, 0)).with("foo", "wrong"))))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Unrecognized field `foo` found in geometry object.");
		assertThatThrownBy(() -> run(r.geojson(r.hashMap("type", "Point").with("coordinates", r.array(r.array(), 0)))))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Expected type NUMBER but found ARRAY.");
		assertThatThrownBy(() -> run(r.geojson(
				r.hashMap("type", "Point").with("coordinates", r.array(0, 0)).with("crs", r.hashMap("type", "name")))))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Non-default coordinate reference systems are not supported");
	}

	@Test
	void geometryPseudoTypeInputShouldBeValidated() {
		assertThatThrownBy(() -> run(r
			.expr(r.hashMap("$reql_type$", "GEOMETRY").with("type", "Point").with("coordinates", r.array(0, 100)))))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Latitude must be between -90 and 90.  Got 100.");
		assertThat(run(
				r.expr(r.hashMap("$reql_type$", "GEOMETRY").with("type", "Point").with("coordinates", r.array(1, 1)))
					.intersects(r.point(1, 1))))
			.isEqualTo(true);
	}

	@Test
	void circleShouldPlaceVerticesOnTheEllipsoid() {
		Map<?, ?> circle = (Map<?, ?>) run(r.circle(r.array(0, 0), 1).optArg("num_vertices", 3).toGeojson());
		List<?> ring = (List<?>) ((List<?>) circle.get("coordinates")).get(0);
		assertThat(ring).hasSize(4);
		List<?> first = (List<?>) ring.get(0);
		assertThat((Double) first.get(1)).isCloseTo(-9.04369477050382e-06, within(1e-18));
		List<?> second = (List<?>) ring.get(1);
		assertThat((Double) second.get(0)).isCloseTo(-7.779638566553426e-06, within(1e-18));
		Map<?, ?> line = (Map<?, ?>) run(r.circle(r.array(0, 0), 1.0 / 1000)
			.optArg("num_vertices", 3)
			.optArg("unit", "km")
			.optArg("fill", false));
		assertThat(line.get("type")).isEqualTo("LineString");
	}

	@Test
	void circleShouldRefuseRadiiBeyondAQuarterOfTheMinorCircumference() {
		assertThatThrownBy(() -> run(r.circle(r.array(0, 0), 14000000).optArg("num_vertices", 3)))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("Radius must be smaller than a quarter of the circumference along the minor axis "
					+ "of the reference ellipsoid.  Got 14000000m, but must be smaller than 9985163.1855612862855m.");
		assertThatThrownBy(() -> run(r.circle(r.array(0, 0), 2).optArg("geo_system", "unit_sphere")))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageContaining("Got 2m, but must be smaller than 1.570796326794896558m.");
		assertThatThrownBy(() -> run(r.circle(r.array(0, 0), 1).optArg("num_vertices", 0)))
			.isInstanceOf(ReqlQueryLogicError.class)
			.hasMessageStartingWith("num_vertices must be positive.");
	}

	@Test
	void fillShouldTurnAClosedLineIntoThePolygon() {
		assertThat(run(r.circle(r.array(0, 0), 1).optArg("fill", false).fill().eq(r.circle(r.array(0, 0), 1))))
			.isEqualTo(true);
		assertThat(run(r.circle(r.array(0, 0), 1).optArg("fill", false).eq(r.circle(r.array(0, 0), 1))))
			.isEqualTo(false);
	}

}
