package io.quire.engine.term;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.Bound;
import io.quire.engine.catalog.IndexDefinition;
import io.quire.engine.catalog.IndexKeyFunction;
import io.quire.engine.catalog.RowIterator;
import io.quire.engine.catalog.Table;
import io.quire.engine.geo.GeoIndexKeys;
import io.quire.engine.geo.GeoIndexKeys.TokenRange;
import io.quire.engine.geo.GeoJson;
import io.quire.engine.index.KeyEncoding;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads a geospatial index: the cell token ranges of a query geometry give candidate
 * documents (each once), which the exact JTS test then keeps or drops.
 */
final class GeoIndexReader {

	private final Table table;

	private final String index;

	private final IndexKeyFunction geometries;

	GeoIndexReader(Table table, IndexDefinition definition) {
		this.table = table;
		this.index = definition.name();
		this.geometries = IndexFunctions.values(definition);
	}

	/** Each document meeting the query, once per geometry of it that meets it. */
	Iterator<@Nullable Object> intersecting(Geometry query) {
		Iterator<Map<String, Object>> candidates = candidates(query);
		return Lazy.flatMap(candidates, (document) -> {
			int count = matches((Map<?, ?>) document, query);
			return Collections.nCopies(count, document).iterator();
		});
	}

	/** The documents whose cells may meet the query, each once. */
	Iterator<Map<String, Object>> candidates(Geometry query) {
		Set<ByteBuffer> seen = new HashSet<>();
		Iterator<TokenRange> ranges = GeoIndexKeys.search(query).iterator();
		Iterator<@Nullable Object> rows = Lazy.flatMap(ranges, (range) -> drained(open((TokenRange) range)));
		@SuppressWarnings("unchecked")
		Iterator<Map<String, Object>> unique = (Iterator<Map<String, Object>>) (Iterator<?>) Lazy.filter(rows,
				(row) -> seen.add(ByteBuffer.wrap(primaryKey((Map<?, ?>) row))));
		return unique;
	}

	private RowIterator open(TokenRange range) {
		Bound upper = range.exact() ? Bound.closed(range.to()) : Bound.open(range.to());
		return this.table.between(this.index, Bound.closed(range.from()), upper, false);
	}

	/** The rows of one range, closing its storage iterator once it is read to the end. */
	private static Iterator<Map<String, Object>> drained(RowIterator rows) {
		List<Map<String, Object>> documents = new ArrayList<>();
		try (rows) {
			rows.forEachRemaining(documents::add);
		}
		return documents.iterator();
	}

	private byte[] primaryKey(Map<?, ?> document) {
		return KeyEncoding.encode(document.get(this.table.primaryKey()));
	}

	/** How many of the document's indexed geometries meet the query. */
	int matches(Map<?, ?> document, Geometry query) {
		int count = 0;
		for (Geometry geometry : geometries(document)) {
			if (geometry.intersects(query)) {
				count++;
			}
		}
		return count;
	}

	/** The geometries the index function gives for the document. */
	List<Geometry> geometries(Map<?, ?> document) {
		List<Geometry> result = new ArrayList<>();
		@SuppressWarnings("unchecked")
		Map<String, Object> row = (Map<String, Object>) document;
		for (Object key : this.geometries.keys(row)) {
			try {
				result.add(GeoJson.geometry(key));
			}
			catch (QueryException ex) {
				// not a geometry: not in the index
			}
		}
		return result;
	}

}
