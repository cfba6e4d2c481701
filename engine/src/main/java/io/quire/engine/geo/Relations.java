package io.quire.engine.geo;

import io.quire.engine.QueryException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Whether geometries meet or contain each other, by JTS: shapes are closed sets (a point
 * on a polygon's outline intersects it), holes are open.
 */
public final class Relations {

	private Relations() {
	}

	/** Whether the two geometries share at least one point. */
	public static boolean intersects(Geometry left, Geometry right) {
		return left.intersects(right);
	}

	/**
	 * Whether the polygon contains every point of the geometry.
	 * @throws QueryException when the first geometry is not a polygon
	 */
	public static boolean includes(Geometry polygon, Geometry geometry) {
		requirePolygon(polygon);
		return polygon.covers(geometry);
	}

	/** Fails with RethinkDB's error unless the geometry is a Polygon. */
	public static Polygon requirePolygon(Geometry geometry) {
		if (geometry instanceof Polygon polygon) {
			return polygon;
		}
		throw QueryException
			.queryLogic("Expected geometry of type `Polygon` but found `" + geometry.getGeometryType() + "`.");
	}

}
