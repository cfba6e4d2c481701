package io.quire.engine.term;

import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.engine.geo.DistanceUnit;
import io.quire.engine.geo.GeoJson;
import io.quire.engine.geo.GeoSystem;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The arguments geo terms share: geometries, points, {@code geo_system} and {@code unit}.
 */
final class GeoArgs {

	private GeoArgs() {
	}

	/** Argument {@code i} as a geometry. */
	static Geometry geometry(Call call, int i) {
		Object datum = call.datum(i);
		return call.framed(i, () -> GeoJson.geometry(datum));
	}

	/** Argument {@code i} as a geometry datum. */
	static Map<String, Object> geometryDatum(Call call, int i) {
		Object datum = call.datum(i);
		call.framed(i, () -> GeoJson.geometry(datum));
		@SuppressWarnings("unchecked")
		Map<String, Object> map = (Map<String, Object>) datum;
		return map;
	}

	/** A Point geometry or a {@code [longitude, latitude]} pair. */
	static Coordinate point(Call call, int i) {
		Object datum = call.datum(i);
		return call.framed(i, () -> point(datum));
	}

	static Coordinate point(@Nullable Object datum) {
		if (GeoJson.isGeometry(datum)) {
			return requirePoint(GeoJson.geometry(datum)).getCoordinate();
		}
		var pair = Types.array(datum);
		if (pair.size() != 2) {
			throw QueryException.queryLogic("Expected point coordinate pair.  Got " + pair.size()
					+ " element array instead of a 2 element one.");
		}
		return new Coordinate(Types.number(pair.get(0)), Types.number(pair.get(1)));
	}

	static Point requirePoint(Geometry geometry) {
		if (geometry instanceof Point point) {
			return point;
		}
		throw QueryException
			.queryLogic("Expected geometry of type `Point` but found `" + geometry.getGeometryType() + "`.");
	}

	/** The {@code geo_system} optarg: WGS84 (default), unit_sphere or {@code {a, f}}. */
	static GeoSystem system(Call call) {
		if (!call.has("geo_system")) {
			return GeoSystem.WGS84;
		}
		Object value = call.opt("geo_system", null);
		try {
			return system(value);
		}
		catch (QueryException ex) {
			throw ex.withFrame("geo_system");
		}
	}

	private static GeoSystem system(@Nullable Object value) {
		if (value instanceof Map<?, ?> ellipsoid) {
			double a = Types.number(ObjectTerms.field(ellipsoid, "a"));
			double f = Types.number(ObjectTerms.field(ellipsoid, "f"));
			if (!(a > 0.0)) {
				throw QueryException.queryLogic("The equator radius `a` must be positive.");
			}
			if (!(f >= 0.0 && f < 1.0)) {
				throw QueryException.queryLogic("The flattening `f` must be in the range [0, 1).");
			}
			return new GeoSystem(a, f);
		}
		String name = Types.string(value);
		return switch (name) {
			case "WGS84" -> GeoSystem.WGS84;
			case "unit_sphere" -> GeoSystem.UNIT_SPHERE;
			default -> throw QueryException
				.queryLogic("Unrecognized geo system \"" + name + "\" (valid options: \"WGS84\", \"unit_sphere\").");
		};
	}

	/** The {@code unit} optarg, meters by default. */
	static DistanceUnit unit(Call call) {
		String symbol = call.optString("unit");
		try {
			return (symbol == null) ? DistanceUnit.M : DistanceUnit.of(symbol);
		}
		catch (QueryException ex) {
			throw ex.withFrame("unit");
		}
	}

}
