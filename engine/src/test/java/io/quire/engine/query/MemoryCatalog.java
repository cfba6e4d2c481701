package io.quire.engine.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.Catalog;
import io.quire.engine.catalog.Durability;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.Datums;

/** A small in-memory catalog for evaluator tests, independent of the storage layer. */
public final class MemoryCatalog implements Catalog {

	private final Map<String, Map<String, MemoryTable>> databases = new TreeMap<>();

	public MemoryCatalog() {
		this.databases.put("test", new TreeMap<>());
	}

	@Override
	public synchronized List<String> databaseNames() {
		return new ArrayList<>(this.databases.keySet());
	}

	@Override
	public synchronized Map<String, Object> database(String name) {
		tables(name);
		return Datums.object("id", UUID.nameUUIDFromBytes(name.getBytes()).toString(), "name", name);
	}

	@Override
	public synchronized Map<String, Object> createDatabase(String name, UUID id) {
		if (this.databases.containsKey(name)) {
			throw QueryException.opFailed("Database `" + name + "` already exists.");
		}
		this.databases.put(name, new TreeMap<>());
		return database(name);
	}

	@Override
	public synchronized Map<String, Object> dropDatabase(String name) {
		int tables = tables(name).size();
		this.databases.remove(name);
		return Datums.object("dbs_dropped", 1.0, "tables_dropped", (double) tables, "config_changes", List.of());
	}

	private Map<String, MemoryTable> tables(String database) {
		Map<String, MemoryTable> tables = this.databases.get(database);
		if (tables == null) {
			throw QueryException.opFailed("Database `" + database + "` does not exist.");
		}
		return tables;
	}

	@Override
	public synchronized List<String> tableNames(String database) {
		return new ArrayList<>(tables(database).keySet());
	}

	@Override
	public synchronized Map<String, Object> createTable(String database, String name, String primaryKey,
			Durability durability, UUID id) {
		Map<String, MemoryTable> tables = tables(database);
		if (tables.containsKey(name)) {
			throw QueryException.opFailed("Table `" + database + "." + name + "` already exists.");
		}
		tables.put(name, new MemoryTable(database, name, primaryKey));
		return Datums.object("tables_created", 1.0, "config_changes",
				List.of(Datums.object("old_val", null, "new_val", tableConfig(database, name))));
	}

	@Override
	public synchronized Map<String, Object> dropTable(String database, String name) {
		Map<String, Object> config = tableConfig(database, name);
		tables(database).remove(name);
		return Datums.object("tables_dropped", 1.0, "config_changes",
				List.of(Datums.object("old_val", config, "new_val", null)));
	}

	@Override
	public synchronized Map<String, Object> tableConfig(String database, String name) {
		Table table = table(database, name);
		return Datums.object("db", database, "name", name, "id", table.id().toString(), "primary_key",
				table.primaryKey(), "durability", "hard");
	}

	@Override
	public synchronized Table table(String database, String name) {
		MemoryTable table = tables(database).get(name);
		if (table == null) {
			throw QueryException.opFailed("Table `" + database + "." + name + "` does not exist.");
		}
		return table;
	}

	@Override
	public Map<String, Object> renameDatabase(String name, String newName) {
		throw new UnsupportedOperationException("MemoryCatalog cannot rename; use DefaultCatalog");
	}

	@Override
	public Map<String, Object> updateTable(String database, String name, String newDatabase, String newName,
			Durability durability) {
		throw new UnsupportedOperationException("MemoryCatalog cannot rename; use DefaultCatalog");
	}

	@Override
	public String serverName() {
		return "quire";
	}

	@Override
	public void renameServer(String newName) {
		throw new UnsupportedOperationException("MemoryCatalog cannot rename; use DefaultCatalog");
	}

	private final Map<String, byte[]> system = new LinkedHashMap<>();

	@Override
	public synchronized byte[] systemValue(String key) {
		return this.system.get(key);
	}

	@Override
	public synchronized void putSystemValue(String key, byte[] value) {
		this.system.put(key, value);
	}

	@Override
	public void close() {
	}

}
