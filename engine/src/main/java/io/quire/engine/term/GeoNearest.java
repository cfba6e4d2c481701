package io.quire.engine.term;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.engine.geo.Circles;
import io.quire.engine.geo.Distances;
import io.quire.engine.geo.GeoJson;
import io.quire.engine.geo.GeoSystem;
import io.quire.engine.geo.SearchAreas;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * GET_NEAREST over a geospatial index: reads the index within a polygon whose inscribed
 * circle grows (doubling) until enough documents lie within its radius or the radius
 * reaches {@code max_dist}; distances are geodesic.
 */
final class GeoNearest {

	private static final int VERTICES = 8;

	private static final double FIRST_FRACTION = 1.0 / 1024;

	private final GeoIndexReader reader;

	private final GeoSystem system;

	GeoNearest(GeoIndexReader reader, GeoSystem system) {
		this.reader = reader;
		this.system = system;
	}

	/**
	 * A document and its distance in meters.
	 *
	 * @param meters the distance to its nearest indexed geometry
	 * @param document the document
	 */
	record Near(double meters, Map<String, Object> document) {
	}

	/**
	 * Up to {@code maxResults} documents within {@code maxDist} meters, nearest first.
	 */
	List<Near> nearest(Coordinate center, double maxDist, long maxResults) {
		Point point = (Point) GeoJson.parse(GeoJson.point(center));
		double radius = maxDist * FIRST_FRACTION;
		while (true) {
			double bound = Math.min(radius, maxDist);
			List<Near> found = within(point, bound);
			if (found.size() >= maxResults || bound >= maxDist) {
				return found.subList(0, (int) Math.min(maxResults, found.size()));
			}
			radius *= 2;
		}
	}

	private List<Near> within(Point center, double radius) {
		List<Near> found = new ArrayList<>();
		Iterator<Map<String, Object>> candidates = this.reader.candidates(searchArea(center, radius));
		while (candidates.hasNext()) {
			Map<String, Object> document = candidates.next();
			double meters = distance(center, document);
			if (meters <= radius) {
				found.add(new Near(meters, document));
			}
		}
		found.sort(Comparator.comparingDouble(Near::meters));
		return found;
	}

	private double distance(Point center, Map<String, Object> document) {
		double nearest = Double.POSITIVE_INFINITY;
		for (Geometry geometry : this.reader.geometries(document)) {
			if (geometry.isEmpty()) {
				continue; // an empty polygon has no cells in the index and is never near
			}
			nearest = Math.min(nearest, Distances.distance(center, geometry, this.system));
		}
		return nearest;
	}

	private Geometry searchArea(Point center, double radius) {
		try {
			List<Coordinate> ring = Circles.enclosing(center.getCoordinate(), radius, VERTICES, this.system);
			return SearchAreas.around(center.getCoordinate(), radius, ring, this.system);
		}
		catch (QueryException ex) {
			throw QueryException.queryLogic("The distance has become too large for continuing the indexed nearest "
					+ "traversal.  Consider specifying a smaller `max_dist` parameter.  (" + ex.getMessage() + ")");
		}
	}

}
