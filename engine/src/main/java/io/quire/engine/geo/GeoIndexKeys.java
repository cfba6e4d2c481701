package io.quire.engine.geo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;

/**
 * The keys of geospatial indexes: a document is stored under the tokens of the cells
 * covering its geometry; a query reads, for each cell covering its own geometry, that
 * cell with its descendants (a token range) and each of its ancestors (exact tokens).
 */
public final class GeoIndexKeys {

	private static final int DOCUMENT_CELLS = 8;

	private static final int QUERY_CELLS = 16;

	private GeoIndexKeys() {
	}

	/** The index keys (cell tokens) of a stored geometry. */
	public static List<String> keys(Geometry geometry) {
		List<String> keys = new ArrayList<>();
		CellCovering.cover(geometry, DOCUMENT_CELLS).forEach((cell) -> keys.add(cell.token()));
		return keys;
	}

	/** The token ranges to read for the documents that may meet the geometry. */
	public static List<TokenRange> search(Geometry geometry) {
		Set<TokenRange> ranges = new LinkedHashSet<>();
		for (Cell cell : CellCovering.cover(geometry, QUERY_CELLS)) {
			ranges.add(new TokenRange(cell.token(), cell.tokenAfterDescendants(), false));
			for (Cell ancestor = cell; ancestor.level() > 0;) {
				ancestor = ancestor.parent();
				ranges.add(new TokenRange(ancestor.token(), ancestor.token(), true));
			}
		}
		return new ArrayList<>(ranges);
	}

	/**
	 * Tokens from {@code from} (inclusive) to {@code to}: inclusive when {@code exact}
	 * (then both are the same token), exclusive otherwise.
	 *
	 * @param from the first token
	 * @param to the end token
	 * @param exact whether the range is the single token {@code from}
	 */
	public record TokenRange(String from, String to, boolean exact) {
	}

}
