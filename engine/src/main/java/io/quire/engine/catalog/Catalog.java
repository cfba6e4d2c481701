package io.quire.engine.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Databases and tables. Names follow RethinkDB's rules ({@code [A-Za-z0-9_-]+}); errors
 * use RethinkDB's wording, e.g. "Database `x` does not exist." and "Table `db.t` does not
 * exist.". Result rows ({@code config_changes} values) are shaped as RethinkDB's
 * {@code db_config} and {@code table_config} rows. Database {@code test} exists on first
 * start.
 */
public interface Catalog extends AutoCloseable {

	List<String> databaseNames();

	/** The {@code db_config} row ({@code id}, {@code name}) of an existing database. */
	Map<String, Object> database(String name);

	/** Creates a database and returns its {@code db_config} row. */
	default Map<String, Object> createDatabase(String name) {
		return createDatabase(name, UUID.randomUUID());
	}

	/**
	 * Creates a database of that id (an insert into {@code db_config} whose key the
	 * server generated) and returns its {@code db_config} row.
	 */
	Map<String, Object> createDatabase(String name, UUID id);

	/**
	 * Drops a database with its tables (their feeds end) and returns {@code {dbs_dropped,
	 * tables_dropped, config_changes}}.
	 */
	Map<String, Object> dropDatabase(String name);

	List<String> tableNames(String database);

	/** Creates a table and returns {@code {tables_created, config_changes}}. */
	default Map<String, Object> createTable(String database, String name, String primaryKey, Durability durability) {
		return createTable(database, name, primaryKey, durability, UUID.randomUUID());
	}

	/**
	 * Creates a table of that id (an insert into {@code table_config} whose key the
	 * server generated) and returns {@code {tables_created, config_changes}}.
	 */
	Map<String, Object> createTable(String database, String name, String primaryKey, Durability durability, UUID id);

	/** Drops a table and returns {@code {tables_dropped, config_changes}}. */
	Map<String, Object> dropTable(String database, String name);

	/** The {@code table_config} row of a table. */
	Map<String, Object> tableConfig(String database, String name);

	/**
	 * Renames a database (its tables move with it) in one durable write.
	 * @return the new {@code db_config} row
	 */
	Map<String, Object> renameDatabase(String name, String newName);

	/**
	 * Renames a table, moves it to another database or changes its durability, in one
	 * durable write.
	 * @return the new {@code table_config} row
	 */
	Map<String, Object> updateTable(String database, String name, String newDatabase, String newName,
			Durability durability);

	/** The server name that {@code table_config} rows show. */
	String serverName();

	/** Renames the server in {@code table_config} rows; kept across restarts. */
	void renameServer(String newName);

	/** An existing table. */
	Table table(String database, String name);

	/**
	 * A value of the server's own metadata (users, server id), or {@code null}. Durable.
	 */
	byte @Nullable [] systemValue(String key);

	/** Stores a value of the server's own metadata with HARD durability. */
	void putSystemValue(String key, byte[] value);

	/** Closes storage: flushes memtables and syncs the WAL. */
	@Override
	void close();

}
