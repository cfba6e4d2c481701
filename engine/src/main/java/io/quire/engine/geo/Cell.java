package io.quire.engine.geo;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A cell of the quadtree over longitude [-180, 180] and latitude [-90, 90]: the root is
 * the whole plane, each cell has four children. Its token is {@code g} followed by one
 * digit (0-3) per level, so a cell's token is a prefix of its descendants' tokens and
 * tokens sort descendants right after their ancestor.
 *
 * @param level the depth, 0 for the root
 * @param x the column at that level
 * @param y the row at that level
 */
record Cell(int level, long x, long y) {

	static final Cell ROOT = new Cell(0, 0, 0);

	/** The cell of this level whose half-open extent holds the coordinate. */
	static Cell containing(double longitude, double latitude, int level) {
		long size = 1L << level;
		long column = (long) Math.floor((longitude + 180.0) / 360.0 * size);
		long row = (long) Math.floor((latitude + 90.0) / 180.0 * size);
		return new Cell(level, clamp(column, size), clamp(row, size));
	}

	private static long clamp(long index, long size) {
		return Math.max(0, Math.min(size - 1, index));
	}

	Envelope envelope() {
		double width = 360.0 / (1L << this.level);
		double height = 180.0 / (1L << this.level);
		return new Envelope(-180.0 + this.x * width, -180.0 + (this.x + 1) * width, -90.0 + this.y * height,
				-90.0 + (this.y + 1) * height);
	}

	Geometry shape() {
		return Shapes.FACTORY.toGeometry(envelope());
	}

	/**
	 * Whether the envelope lies in this cell's half-open extent (closed at the world's
	 * edge).
	 */
	boolean holds(Envelope envelope) {
		Envelope cell = envelope();
		return envelope.getMinX() >= cell.getMinX() && envelope.getMinY() >= cell.getMinY()
				&& (envelope.getMaxX() < cell.getMaxX() || cell.getMaxX() == 180.0)
				&& (envelope.getMaxY() < cell.getMaxY() || cell.getMaxY() == 90.0);
	}

	List<Cell> children() {
		List<Cell> children = new ArrayList<>(4);
		for (int digit = 0; digit < 4; digit++) {
			children.add(new Cell(this.level + 1, this.x * 2 + (digit & 1), this.y * 2 + (digit >> 1)));
		}
		return children;
	}

	Cell parent() {
		return new Cell(this.level - 1, this.x >> 1, this.y >> 1);
	}

	String token() {
		StringBuilder token = new StringBuilder(this.level + 1).append('g');
		for (int l = this.level - 1; l >= 0; l--) {
			token.append((char) ('0' + (((this.y >> l) & 1) << 1 | ((this.x >> l) & 1))));
		}
		return token.toString();
	}

	/** The smallest token after every descendant's token. */
	String tokenAfterDescendants() {
		String token = token();
		return token.substring(0, token.length() - 1) + (char) (token.charAt(token.length() - 1) + 1);
	}

}
