package io.quire.engine.geo;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Covers a geometry with a few quadtree cells, JTS deciding which cells it meets. Every
 * point of the geometry lies in a cell of the covering or in one of its descendants'
 * half-open extents along the same chain of cells, so two geometries that meet have
 * coverings with nested (ancestor or descendant) cells: the index test is conservative,
 * and an exact JTS test follows.
 */
final class CellCovering {

	/** The deepest level: cells of about 2.4 m by 1.2 m at the equator. */
	static final int MAX_LEVEL = 24;

	private static final double POINT_MARGIN = 1e-9;

	private CellCovering() {
	}

	/**
	 * At most {@code maxCells} cells (more only for a point on cell edges) covering the
	 * geometry.
	 */
	static List<Cell> cover(Geometry geometry, int maxCells) {
		if (geometry instanceof Point point) {
			return pointCells(point.getCoordinate());
		}
		if (geometry.isEmpty()) {
			return List.of();
		}
		PreparedGeometry prepared = PreparedGeometryFactory.prepare(geometry);
		List<Cell> result = new ArrayList<>();
		Deque<Cell> pending = new ArrayDeque<>();
		pending.add(start(geometry.getEnvelopeInternal()));
		while (!pending.isEmpty()) {
			Cell cell = pending.poll();
			if (cell.level() == MAX_LEVEL || prepared.covers(cell.shape())) {
				result.add(cell);
				continue;
			}
			List<Cell> children = cell.children().stream().filter((c) -> prepared.intersects(c.shape())).toList();
			if (result.size() + pending.size() + children.size() > maxCells) {
				result.add(cell);
			}
			else {
				pending.addAll(children);
			}
		}
		return result;
	}

	/** The leaf cells that hold the point or lie within a hair of it. */
	private static List<Cell> pointCells(Coordinate point) {
		Set<Cell> cells = new LinkedHashSet<>();
		for (double dx : new double[] { -POINT_MARGIN, POINT_MARGIN }) {
			for (double dy : new double[] { -POINT_MARGIN, POINT_MARGIN }) {
				cells.add(Cell.containing(point.x + dx, point.y + dy, MAX_LEVEL));
			}
		}
		return new ArrayList<>(cells);
	}

	/** The deepest cell whose half-open extent holds the envelope. */
	private static Cell start(Envelope envelope) {
		Cell cell = Cell.ROOT;
		while (cell.level() < MAX_LEVEL) {
			Cell inner = cell.children().stream().filter((c) -> c.holds(envelope)).findFirst().orElse(null);
			if (inner == null) {
				return cell;
			}
			cell = inner;
		}
		return cell;
	}

}
