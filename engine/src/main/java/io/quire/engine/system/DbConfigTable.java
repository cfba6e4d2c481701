package io.quire.engine.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quire.engine.QueryException;
import io.quire.engine.QuerySession;
import io.quire.engine.auth.Authorizer;
import io.quire.engine.auth.Permission;
import io.quire.engine.catalog.Catalog;
import org.jspecify.annotations.Nullable;

/**
 * {@code db_config}: one row per database, {@code {id, name}}. Updating {@code name}
 * renames the database (durably, with its tables); deleting a row drops the database. As
 * in RethinkDB, creating a database needs {@code config} at the global scope, renaming or
 * dropping one {@code config} on that database (besides {@code write} on this table).
 */
final class DbConfigTable implements SystemTable {

	private final Catalog catalog;

	private final Authorizer authorizer;

	DbConfigTable(Catalog catalog, Authorizer authorizer) {
		this.catalog = catalog;
		this.authorizer = authorizer;
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

	/** As in RethinkDB, a row without an id creates a database of that name. */
	@Override
	public Map<String, Object> insertGenerated(Map<String, Object> after, QuerySession caller) {
		this.authorizer.check(caller.user(), Permission.CONFIG, null, null);
		RowFormat format = RowFormat.change(after, name());
		String name = format.name("name", "db name");
		UUID id = UUID.fromString((String) format.field("id"));
		format.noExtraKeys();
		if (SystemDatabase.NAME.equals(name)) {
			throw QueryException.opFailed("Database `rethinkdb` already exists.");
		}
		return this.catalog.createDatabase(name, id);
	}

	@Override
	public @Nullable Map<String, Object> write(@Nullable Map<String, Object> before,
			@Nullable Map<String, Object> after, QuerySession caller) {
		if (before == null) {
			throw QueryException.opFailed("If you want to create a new table by inserting into "
					+ "`rethinkdb.db_config`, you must use an auto-generated primary key.");
		}
		String name = (String) before.get("name");
		this.authorizer.check(caller.user(), Permission.CONFIG, name, null);
		if (after == null) {
			this.catalog.dropDatabase(name);
			return null;
		}
		RowFormat format = RowFormat.change(after, name());
		String newName = format.name("name", "db name");
		format.field("id");
		format.noExtraKeys();
		if (SystemDatabase.NAME.equals(newName)) {
			throw QueryException.opFailed("Cannot rename database `" + name
					+ "` to `rethinkdb` because database `rethinkdb` already exists.");
		}
		return this.catalog.renameDatabase(name, newName);
	}

}
