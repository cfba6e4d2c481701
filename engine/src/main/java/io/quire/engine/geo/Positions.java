package io.quire.engine.geo;

import java.util.List;
import java.util.Map;

import io.quire.engine.QueryException;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;

/**
 * GeoJSON positions ({@code [longitude, latitude]}), checked as RethinkDB checks them.
 */
final class Positions {

	private Positions() {
	}

	/** The position's coordinate, x the longitude and y the latitude. */
	static Coordinate position(@Nullable Object datum) {
		List<?> position = array(datum);
		if (position.size() < 2) {
			throw QueryException.queryLogic("Too few coordinates.  Need at least longitude and latitude.");
		}
		if (position.size() > 3) {
			throw QueryException.queryLogic("Too many coordinates.  GeoJSON position should have no more than "
					+ "three coordinates, but got " + position.size() + ".");
		}
		if (position.size() == 3) {
			throw QueryException
				.queryLogic("A third altitude coordinate in GeoJSON positions was found, but is not supported.");
		}
		return checked(number(position.get(0)), number(position.get(1)));
	}

	/** A coordinate after RethinkDB's range checks. */
	static Coordinate checked(double longitude, double latitude) {
		if (!(longitude >= -180.0 && longitude <= 180.0)) {
			throw QueryException
				.queryLogic("Longitude must be between -180 and 180.  Got " + Numbers.reconstructable(longitude) + ".");
		}
		if (!(latitude >= -90.0 && latitude <= 90.0)) {
			throw QueryException
				.queryLogic("Latitude must be between -90 and 90.  Got " + Numbers.reconstructable(latitude) + ".");
		}
		return new Coordinate(longitude, latitude);
	}

	/** Whether two vertices are the same point or antipodes on the sphere. */
	static boolean degenerateEdge(Coordinate a, Coordinate b) {
		if (same(a, b)) {
			return true;
		}
		boolean poles = Math.abs(a.y) == 90.0 && a.y == -b.y;
		return poles || (a.y == -b.y && Math.abs(Math.abs(a.x - b.x) - 180.0) == 0.0);
	}

	/** Whether two vertices are the same point (any longitude is the same at a pole). */
	static boolean same(Coordinate a, Coordinate b) {
		if (a.y == b.y && Math.abs(a.y) == 90.0) {
			return true;
		}
		return a.y == b.y && (a.x == b.x || Math.abs(a.x - b.x) == 360.0);
	}

	static List<?> array(@Nullable Object datum) {
		if (datum instanceof List<?> list) {
			return list;
		}
		throw mismatch("ARRAY", datum);
	}

	static double number(@Nullable Object datum) {
		if (datum instanceof Number number) {
			return number.doubleValue();
		}
		throw mismatch("NUMBER", datum);
	}

	static QueryException mismatch(String expected, @Nullable Object datum) {
		String message = "Expected type " + expected + " but found " + typeName(datum) + ".";
		return (datum == null) ? QueryException.nonExistence(message) : QueryException.queryLogic(message);
	}

	private static String typeName(@Nullable Object datum) {
		if (datum == null) {
			return "NULL";
		}
		if (datum instanceof Boolean) {
			return "BOOL";
		}
		if (datum instanceof Number) {
			return "NUMBER";
		}
		if (datum instanceof String) {
			return "STRING";
		}
		if (datum instanceof List) {
			return "ARRAY";
		}
		Object pseudo = (datum instanceof Map<?, ?> map) ? map.get(GeoJson.REQL_TYPE) : null;
		return (pseudo != null) ? "PTYPE<" + pseudo + ">" : "OBJECT";
	}

}
