package io.quire.engine.geo;

import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The planar area (in longitude and latitude) that holds every point within a geodesic
 * radius of a center, for index searches. A ring that wraps around the antimeridian or a
 * pole becomes the whole band of latitudes it spans.
 */
public final class SearchAreas {

	private SearchAreas() {
	}

	/** The area for a ring built around {@code center} with inradius {@code radius}. */
	public static Geometry around(Coordinate center, double radius, List<Coordinate> ring, GeoSystem system) {
		if (!wraps(ring)) {
			return Shapes.FACTORY.createPolygon(ring.toArray(new Coordinate[0]));
		}
		double south = ring.stream().mapToDouble((c) -> c.y).min().orElse(-90.0);
		double north = ring.stream().mapToDouble((c) -> c.y).max().orElse(90.0);
		if (system.distance(center, new Coordinate(0.0, 90.0)) <= radius * 1.02) {
			north = 90.0;
		}
		if (system.distance(center, new Coordinate(0.0, -90.0)) <= radius * 1.02) {
			south = -90.0;
		}
		return Shapes.FACTORY.toGeometry(new Envelope(-180.0, 180.0, south, north));
	}

	private static boolean wraps(List<Coordinate> ring) {
		for (int i = 1; i < ring.size(); i++) {
			if (Math.abs(ring.get(i).x - ring.get(i - 1).x) > 180.0) {
				return true;
			}
		}
		return false;
	}

}
