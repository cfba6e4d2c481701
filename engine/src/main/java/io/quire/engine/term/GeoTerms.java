package io.quire.engine.term;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;

import io.quire.engine.QueryException;
import io.quire.engine.geo.Circles;
import io.quire.engine.geo.Distances;
import io.quire.engine.geo.GeoJson;
import io.quire.engine.geo.GeoSystem;
import io.quire.engine.geo.Relations;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * Geometry terms: POINT, LINE, POLYGON, CIRCLE, GEOJSON, TO_GEOJSON, DISTANCE,
 * INTERSECTS, INCLUDES, FILL and POLYGON_SUB. As in RethinkDB, all but POINT and
 * TO_GEOJSON are deterministic on one server only (floating point may differ across
 * machines), so index functions may use POINT but not LINE.
 */
final class GeoTerms {

	private static final Determinism.Rule ONE_SERVER = Determinism.Rule.of(Determinism.SINGLE_SERVER);

	private GeoTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.POINT).args(2).is(GeoTerms::point);
		specs.term(TermType.LINE).args(2, -1).determinism(ONE_SERVER).is(GeoTerms::line);
		specs.term(TermType.POLYGON).args(3, -1).determinism(ONE_SERVER).is(GeoTerms::polygon);
		specs.term(TermType.CIRCLE)
			.args(2)
			.optargs("geo_system", "unit", "fill", "num_vertices")
			.determinism(ONE_SERVER)
			.is(GeoTerms::circle);
		specs.term(TermType.GEOJSON).args(1).determinism(ONE_SERVER).is(GeoTerms::geojson);
		specs.term(TermType.TO_GEOJSON).args(1).is(GeoTerms::toGeojson);
		specs.term(TermType.DISTANCE)
			.args(2)
			.optargs("geo_system", "unit")
			.determinism(ONE_SERVER)
			.is(GeoTerms::distance);
		specs.term(TermType.INTERSECTS).args(2).determinism(ONE_SERVER).is((call) -> test(call, Relations::intersects));
		specs.term(TermType.INCLUDES).args(2).determinism(ONE_SERVER).is((call) -> test(call, Relations::includes));
		specs.term(TermType.FILL).args(1).determinism(ONE_SERVER).is(GeoTerms::fill);
		specs.term(TermType.POLYGON_SUB).args(2).determinism(ONE_SERVER).is(GeoTerms::polygonSub);
	}

	/** A datum checked as a geometry; errors name the whole term. */
	private static Map<String, Object> checked(Map<String, Object> datum) {
		GeoJson.parse(datum);
		return datum;
	}

	private static Object point(Call call) {
		Coordinate point = new Coordinate(call.number(0), call.number(1));
		return checked(GeoJson.point(point));
	}

	private static List<Coordinate> vertices(Call call) {
		List<Coordinate> vertices = new ArrayList<>();
		for (int i = 0; i < call.count(); i++) {
			vertices.add(GeoArgs.point(call, i));
		}
		return vertices;
	}

	private static Object line(Call call) {
		return checked(GeoJson.line(vertices(call)));
	}

	private static Object polygon(Call call) {
		return checked(GeoJson.polygon(vertices(call)));
	}

	private static Object circle(Call call) {
		Coordinate center = GeoArgs.point(call, 0);
		double radius = GeoArgs.unit(call).toMeters(call.number(1));
		long vertices = 32;
		if (call.has("num_vertices")) {
			vertices = Types.integer(call.opt("num_vertices", null));
			if (vertices <= 0) {
				throw QueryException.queryLogic("num_vertices must be positive.").withFrame("num_vertices");
			}
		}
		List<Coordinate> ring = Circles.circle(center, radius, (int) vertices, GeoArgs.system(call));
		return checked(call.optBool("fill", true) ? GeoJson.polygon(ring) : GeoJson.line(ring));
	}

	private static Object geojson(Call call) {
		Map<String, Object> object = call.object(0);
		if (object.containsKey(GeoJson.REQL_TYPE)) {
			throw QueryException.queryLogic("GeoJSON object already had a $reql_type$ field.");
		}
		ObjectTerms.field(object, "type");
		ObjectTerms.field(object, "coordinates");
		Map<String, Object> result = new TreeMap<>(object);
		result.remove("bbox");
		result.put(GeoJson.REQL_TYPE, GeoJson.GEOMETRY);
		return checked(result);
	}

	private static Object toGeojson(Call call) {
		Object datum = call.datum(0);
		if (!GeoJson.isGeometry(datum)) {
			throw Types.mismatch("PTYPE<GEOMETRY>", datum).withFrame(0);
		}
		Map<String, Object> result = new TreeMap<>(Types.object(datum));
		result.remove(GeoJson.REQL_TYPE);
		return result;
	}

	private static Object distance(Call call) {
		Geometry first = GeoArgs.geometry(call, 0);
		Geometry second = GeoArgs.geometry(call, 1);
		GeoSystem system = GeoArgs.system(call);
		double meters = (first instanceof Point point) ? Distances.distance(point, second, system)
				: Distances.distance(GeoArgs.requirePoint(second), first, system);
		return GeoArgs.unit(call).fromMeters(meters);
	}

	/** INTERSECTS and INCLUDES: a boolean, or the elements of a sequence that pass. */
	private static Object test(Call call, BiPredicate<Geometry, Geometry> relation) {
		Object source = call.arg(0);
		Geometry other = GeoArgs.geometry(call, 1);
		if (!Values.isSequence(source)) {
			return relation.test(GeoArgs.geometry(call, 0), other);
		}
		Stream rows = Values.stream(source);
		var matching = Lazy.filter(rows, (row) -> call.framed(0, () -> relation.test(GeoJson.geometry(row), other)));
		return Values.like(source, Stream.derived(rows, matching, true), call.context());
	}

	private static Object fill(Call call) {
		Geometry geometry = GeoArgs.geometry(call, 0);
		if (!(geometry instanceof LineString line)) {
			throw QueryException
				.queryLogic("Expected geometry of type `LineString` but found `" + geometry.getGeometryType() + "`.")
				.withFrame(0);
		}
		return checked(GeoJson.polygon(List.of(line.getCoordinates())));
	}

	private static Object polygonSub(Call call) {
		Map<String, Object> outer = shellOnly(call, 0);
		Map<String, Object> inner = shellOnly(call, 1);
		if (!Relations.includes(GeoJson.parse(outer), GeoJson.parse(inner))) {
			throw QueryException.queryLogic("The second argument to `polygon_sub` is not contained in the first one.");
		}
		List<@Nullable Object> rings = new ArrayList<>(Types.array(outer.get("coordinates")));
		rings.add(Types.array(inner.get("coordinates")).get(0));
		return checked(GeoJson.datum("Polygon", rings));
	}

	private static Map<String, Object> shellOnly(Call call, int i) {
		Map<String, Object> polygon = GeoArgs.geometryDatum(call, i);
		String type = GeoJson.type(polygon);
		if (!type.equals("Polygon")) {
			throw QueryException.queryLogic("Expected a Polygon but found a " + type + ".").withFrame(i);
		}
		if (Types.array(polygon.get("coordinates")).size() > 1) {
			throw QueryException.queryLogic("Expected a Polygon with only an outer shell.  This one has holes.")
				.withFrame(i);
		}
		return polygon;
	}

}
