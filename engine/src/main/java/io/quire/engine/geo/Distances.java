package io.quire.engine.geo;

import io.quire.engine.QueryException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Geodesic distances from a point to a geometry: zero when they meet, else the geodesic
 * length to the geometry's nearest point. JTS finds that point in an equirectangular
 * projection centered on the reference point (longitudes scaled by the cosine of its
 * latitude); GeographicLib measures the distance on the ellipsoid.
 */
public final class Distances {

	private Distances() {
	}

	/**
	 * The distance in meters between the point and the geometry.
	 * @throws QueryException QUERY_LOGIC for an empty polygon (a polygon minus itself),
	 * which has no nearest point
	 */
	public static double distance(Point point, Geometry geometry, GeoSystem system) {
		if (geometry.isEmpty()) {
			throw QueryException.queryLogic("Cannot compute a distance to an empty polygon: it has no points.");
		}
		Coordinate reference = point.getCoordinate();
		if (geometry instanceof Point other) {
			return system.distance(reference, other.getCoordinate());
		}
		if (geometry.intersects(point)) {
			return 0.0;
		}
		double scale = Math.max(Math.cos(Math.toRadians(reference.y)), 1e-9);
		Geometry projected = project(geometry, reference.x, scale);
		Geometry center = project(point, reference.x, scale);
		Coordinate nearest = DistanceOp.nearestPoints(center, projected)[1];
		Coordinate onGeometry = new Coordinate(reference.x + nearest.x / scale, nearest.y);
		return system.distance(reference, onGeometry);
	}

	private static Geometry project(Geometry geometry, double centerLongitude, double scale) {
		Geometry copy = geometry.copy();
		copy.apply((CoordinateFilter) (coordinate) -> coordinate.x = (coordinate.x - centerLongitude) * scale);
		copy.geometryChanged();
		return copy;
	}

}
