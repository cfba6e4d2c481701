package io.quire.engine.system;

import java.util.List;
import java.util.Map;

import io.quire.engine.QuerySession;
import io.quire.engine.catalog.Catalog;

/** {@code table_config}: one row per table, as {@code table.config()} shows it. */
final class TableConfigTable implements SystemTable {

	private final Catalog catalog;

	TableConfigTable(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public String name() {
		return "table_config";
	}

	@Override
	public List<Map<String, Object>> rows(QuerySession caller) {
		return CatalogTables.rows(this.catalog, (table) -> this.catalog.tableConfig(table.database(), table.name()));
	}

}
