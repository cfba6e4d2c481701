package io.quire.engine.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quire.engine.QuerySession;
import io.quire.engine.catalog.Catalog;

/** {@code db_config}: one row per database, {@code {id, name}}. */
final class DbConfigTable implements SystemTable {

	private final Catalog catalog;

	DbConfigTable(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public String name() {
		return "db_config";
	}

	@Override
	public List<Map<String, Object>> rows(QuerySession caller) {
		List<Map<String, Object>> rows = new ArrayList<>();
		this.catalog.databaseNames().forEach((name) -> rows.add(this.catalog.database(name)));
		return rows;
	}

}
