package io.quire.engine.system;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.quire.engine.auth.Authorizer;
import io.quire.engine.auth.Scope;
import io.quire.engine.catalog.Catalog;
import io.quire.engine.catalog.Table;
import org.jspecify.annotations.Nullable;

/**
 * The names of databases and tables by id, taken from the catalog and the system database
 * when a permissions row is read or written.
 */
final class ScopeNames {

	private final Catalog catalog;

	private final SystemDatabase system;

	ScopeNames(Catalog catalog, SystemDatabase system) {
		this.catalog = catalog;
		this.system = system;
	}

	/**
	 * The names as of now.
	 *
	 * @param databases database name by id
	 * @param tables table (database and name) by id
	 */
	record Snapshot(Map<UUID, String> databases, Map<UUID, String[]> tables) {

		@Nullable String database(UUID id) {
			return this.databases.get(id);
		}

		String @Nullable [] table(UUID id) {
			return this.tables.get(id);
		}

	}

	Snapshot snapshot() {
		Map<UUID, String> databases = new HashMap<>();
		Map<UUID, String[]> tables = new HashMap<>();
		databases.put(Scope.SYSTEM_DATABASE_ID, SystemDatabase.NAME);
		for (String name : this.system.names()) {
			tables.put(Authorizer.systemTableId(name), new String[] { SystemDatabase.NAME, name });
		}
		for (String database : this.catalog.databaseNames()) {
			databases.put(UUID.fromString((String) this.catalog.database(database).get("id")), database);
			for (String name : this.catalog.tableNames(database)) {
				Table table = this.catalog.table(database, name);
				tables.put(table.id(), new String[] { database, name });
			}
		}
		return new Snapshot(databases, tables);
	}

}
