package io.quire.engine.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.quire.engine.QueryException;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The {@code PTYPE<GEOMETRY>} pseudo-type both ways: a GeoJSON object (Point, LineString
 * or Polygon) checked and read into a JTS {@link Geometry}, and datums built from
 * coordinates.
 */
public final class GeoJson {

	/** The pseudo-type key. */
	public static final String REQL_TYPE = "$reql_type$";

	/** The pseudo-type name. */
	public static final String GEOMETRY = "GEOMETRY";

	private static final Set<String> FIELDS = Set.of(REQL_TYPE, "type", "coordinates", "crs", "bbox");

	private static final Set<String> UNSUPPORTED = Set.of("MultiPoint", "MultiLineString", "MultiPolygon",
			"GeometryCollection");

	private GeoJson() {
	}

	/** Whether the datum is a geometry pseudo-type. */
	public static boolean isGeometry(@Nullable Object datum) {
		return datum instanceof Map<?, ?> map && GEOMETRY.equals(map.get(REQL_TYPE));
	}

	/**
	 * The geometry of a GeoJSON object, with RethinkDB's errors for what it refuses.
	 * @throws QueryException when the object is not a valid Point, LineString or Polygon
	 */
	public static Geometry parse(Map<String, ?> geojson) {
		for (String field : geojson.keySet()) {
			if (!FIELDS.contains(field)) {
				throw QueryException.queryLogic("Unrecognized field `" + field + "` found in geometry object.");
			}
		}
		String type = string(required(geojson, "type"));
		Object coordinates = required(geojson, "coordinates");
		if (geojson.get("crs") != null) {
			throw QueryException.queryLogic("Non-default coordinate reference systems are not supported in GeoJSON "
					+ "objects.  Make sure the `crs` field of the geometry is null or non-existent.");
		}
		return switch (type) {
			case "Point" -> Shapes.point(coordinates);
			case "LineString" -> Shapes.line(coordinates);
			case "Polygon" -> Shapes.polygon(coordinates);
			default -> throw QueryException.queryLogic(UNSUPPORTED.contains(type)
					? "GeoJSON type `" + type + "` is not supported." : "Unrecognized GeoJSON type `" + type + "`.");
		};
	}

	/** The geometry of a {@code PTYPE<GEOMETRY>} datum, else a type error. */
	public static Geometry geometry(@Nullable Object datum) {
		if (!isGeometry(datum)) {
			throw Positions.mismatch("PTYPE<GEOMETRY>", datum);
		}
		@SuppressWarnings("unchecked")
		Map<String, ?> map = (Map<String, ?>) datum;
		return parse(map);
	}

	/** The GeoJSON type name of a geometry datum. */
	public static String type(Map<String, ?> geometry) {
		return string(required(geometry, "type"));
	}

	private static Object required(Map<String, ?> geojson, String field) {
		if (!geojson.containsKey(field)) {
			throw QueryException.nonExistence("No attribute `" + field + "` in object.");
		}
		return geojson.get(field);
	}

	private static String string(@Nullable Object datum) {
		if (datum instanceof String string) {
			return string;
		}
		throw Positions.mismatch("STRING", datum);
	}

	/** A Point datum. */
	public static Map<String, Object> point(Coordinate point) {
		return datum("Point", position(point));
	}

	/** A LineString datum through the vertices. */
	public static Map<String, Object> line(List<Coordinate> vertices) {
		return datum("LineString", positions(vertices));
	}

	/** A Polygon datum with this shell, closed if it is not. */
	public static Map<String, Object> polygon(List<Coordinate> shell) {
		List<Coordinate> closed = new ArrayList<>(shell);
		if (!closed.isEmpty() && !closed.get(0).equals2D(closed.get(closed.size() - 1))) {
			closed.add(closed.get(0));
		}
		return datum("Polygon", new ArrayList<>(List.of(positions(closed))));
	}

	/** A geometry datum of a type with coordinates (as GeoJSON nests them). */
	public static Map<String, Object> datum(String type, Object coordinates) {
		Map<String, Object> datum = new TreeMap<>();
		datum.put(REQL_TYPE, GEOMETRY);
		datum.put("type", type);
		datum.put("coordinates", coordinates);
		return datum;
	}

	private static List<Object> positions(List<Coordinate> vertices) {
		List<Object> positions = new ArrayList<>(vertices.size());
		vertices.forEach((vertex) -> positions.add(position(vertex)));
		return positions;
	}

	private static List<Object> position(Coordinate point) {
		return new ArrayList<>(List.of(point.x, point.y));
	}

}
