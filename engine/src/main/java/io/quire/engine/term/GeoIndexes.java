package io.quire.engine.term;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.IndexKeyFunction;
import io.quire.engine.catalog.Table;
import io.quire.engine.geo.GeoIndexKeys;
import io.quire.engine.geo.GeoJson;

/** How geospatial indexes differ from the others: their keys and who may read them. */
final class GeoIndexes {

	private GeoIndexes() {
	}

	/**
	 * The cell tokens of the geometries that {@code geometries} gives; values that are
	 * not geometries leave the row out of the index.
	 */
	static IndexKeyFunction cellKeys(IndexKeyFunction geometries) {
		return (document) -> {
			Set<Object> tokens = new LinkedHashSet<>();
			for (Object key : geometries.keys(document)) {
				if (GeoJson.isGeometry(key)) {
					tokens.addAll(GeoIndexKeys.keys(GeoJson.geometry(key)));
				}
			}
			return new ArrayList<>(tokens);
		};
	}

	/**
	 * Fails when {@code index} names a geospatial index: only the geo terms read those.
	 */
	static void refuse(Table table, String index) {
		if (index.equals(table.primaryKey())) {
			return;
		}
		boolean geo = table.indexes()
			.stream()
			.anyMatch((status) -> status.definition().name().equals(index) && status.definition().geo());
		if (geo) {
			throw QueryException.queryLogic("Index `" + index + "` is a geospatial index.  Only get_nearest and "
					+ "get_intersecting can use a geospatial index.");
		}
	}

}
