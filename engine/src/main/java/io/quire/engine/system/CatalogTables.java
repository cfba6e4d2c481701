package io.quire.engine.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.quire.engine.catalog.Catalog;
import io.quire.engine.catalog.Table;

/** Walks every user table of the catalog, for the system tables with a row per table. */
final class CatalogTables {

	private CatalogTables() {
	}

	static List<Map<String, Object>> rows(Catalog catalog, Function<Table, Map<String, Object>> row) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (String database : catalog.databaseNames()) {
			for (String name : catalog.tableNames(database)) {
				rows.add(row.apply(catalog.table(database, name)));
			}
		}
		return rows;
	}

}
