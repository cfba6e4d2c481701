package io.quire.engine.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.quire.engine.QueryException;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds JTS geometries from GeoJSON coordinates, refusing what RethinkDB refuses:
 * duplicate or antipodal vertices, self-intersecting rings, holes that leave the shell.
 */
final class Shapes {

	static final GeometryFactory FACTORY = new GeometryFactory();

	private Shapes() {
	}

	static Point point(@Nullable Object coordinates) {
		return FACTORY.createPoint(Positions.position(coordinates));
	}

	static LineString line(@Nullable Object coordinates) {
		List<?> positions = Positions.array(coordinates);
		if (positions.size() < 2) {
			throw QueryException.queryLogic("GeoJSON LineString must have at least two positions.");
		}
		Coordinate[] vertices = vertices(positions);
		for (int i = 1; i < vertices.length; i++) {
			if (Positions.degenerateEdge(vertices[i - 1], vertices[i])) {
				throw QueryException.queryLogic("Invalid LineString.  Are there antipodal or duplicate vertices?");
			}
		}
		return FACTORY.createLineString(vertices);
	}

	static Polygon polygon(@Nullable Object coordinates) {
		List<?> rings = Positions.array(coordinates);
		if (rings.isEmpty()) {
			throw QueryException.queryLogic("The polygon is empty. It must have at least an outer shell.");
		}
		LinearRing shell = ring(rings.get(0));
		LinearRing[] holes = new LinearRing[rings.size() - 1];
		for (int i = 1; i < rings.size(); i++) {
			holes[i - 1] = ring(rings.get(i));
		}
		if (holes.length == 1 && sameRing(shell, holes[0])) {
			return FACTORY.createPolygon();
		}
		Polygon polygon = FACTORY.createPolygon(shell, holes);
		if (holes.length > 0 && !polygon.isValid()) {
			throw QueryException.queryLogic("Some edges in GeoJSON polygon could not be used.  Are they intersecting?");
		}
		return polygon;
	}

	/**
	 * Whether two rings have the same vertices in the same cycle (either way round):
	 * RethinkDB builds polygons by cancelling edges shared by the shell and a hole, so a
	 * polygon with its own shell as its hole (a polygon minus itself) is empty.
	 */
	private static boolean sameRing(LinearRing shell, LinearRing hole) {
		return shell.norm().equalsExact(hole.norm());
	}

	private static LinearRing ring(@Nullable Object coordinates) {
		List<?> positions = Positions.array(coordinates);
		if (positions.size() < 4) {
			throw QueryException.queryLogic("GeoJSON LinearRing must have at least four positions.");
		}
		Coordinate[] vertices = vertices(positions);
		if (!vertices[0].equals2D(vertices[vertices.length - 1])) {
			throw QueryException.queryLogic("First and last vertex of GeoJSON LinearRing must be identical.");
		}
		LinearRing ring = FACTORY.createLinearRing(vertices);
		if (hasDuplicates(vertices) || !ring.isSimple() || FACTORY.createPolygon(ring).getArea() == 0.0) {
			throw QueryException
				.queryLogic("Invalid LinearRing.  Are there antipodal or duplicate vertices? Is it self-intersecting?");
		}
		return ring;
	}

	private static boolean hasDuplicates(Coordinate[] ring) {
		Set<Coordinate> seen = new HashSet<>();
		for (int i = 0; i < ring.length - 1; i++) {
			if (!seen.add(ring[i]) || Positions.degenerateEdge(ring[i], ring[i + 1])) {
				return true;
			}
		}
		return false;
	}

	private static Coordinate[] vertices(List<?> positions) {
		List<Coordinate> vertices = new ArrayList<>(positions.size());
		for (Object position : positions) {
			vertices.add(Positions.position(position));
		}
		return vertices.toArray(new Coordinate[0]);
	}

}
