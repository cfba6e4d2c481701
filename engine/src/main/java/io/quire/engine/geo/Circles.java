package io.quire.engine.geo;

import java.util.ArrayList;
import java.util.List;

import io.quire.engine.QueryException;
import org.locationtech.jts.geom.Coordinate;

/**
 * Regular polygons of geodesic radius around a center, as {@code r.circle} builds them.
 */
public final class Circles {

	private Circles() {
	}

	/**
	 * The closed ring of {@code vertices} points at {@code radius} meters from the
	 * center, the first one due south.
	 */
	public static List<Coordinate> circle(Coordinate center, double radius, int vertices, GeoSystem system) {
		if (!(radius > 0.0)) {
			throw QueryException.queryLogic("Radius must be positive");
		}
		double maxRadius = system.maxRadius();
		if (radius >= maxRadius) {
			throw QueryException.queryLogic("Radius must be smaller than a quarter of the circumference along the "
					+ "minor axis of the reference ellipsoid.  Got " + Numbers.reconstructable(radius)
					+ "m, but must be smaller than " + Numbers.reconstructable(maxRadius) + "m.");
		}
		List<Coordinate> ring = new ArrayList<>(vertices + 1);
		for (int i = 0; i < vertices; i++) {
			double azimuth = -180.0 + (360.0 / vertices * i);
			ring.add(system.destination(center, azimuth, radius));
		}
		ring.add(ring.get(0));
		return ring;
	}

	/**
	 * A ring whose inscribed circle has at least {@code inradius} meters: every point
	 * that close to the center lies inside it (for the index search of get_nearest).
	 */
	public static List<Coordinate> enclosing(Coordinate center, double inradius, int vertices, GeoSystem system) {
		double exradius = inradius * 1.01 / Math.cos(Math.PI / vertices) * system.distortion();
		return circle(center, exradius, vertices, system);
	}

}
