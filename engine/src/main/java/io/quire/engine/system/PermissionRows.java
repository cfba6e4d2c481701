package io.quire.engine.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import io.quire.engine.QueryException;
import io.quire.engine.auth.Permissions;
import io.quire.engine.auth.Scope;
import io.quire.engine.datum.Printer;
import org.jspecify.annotations.Nullable;

/** The rows of the permissions table: their shape, keys and RethinkDB's checks. */
final class PermissionRows {

	private PermissionRows() {
	}

	/**
	 * A parsed primary key.
	 *
	 * @param user the user
	 * @param scope the scope
	 */
	record Key(String user, Scope scope) {
	}

	/** The row of a user's grants at a scope, or {@code null} when there is none. */
	static @Nullable Map<String, Object> row(String user, Scope scope, Permissions permissions,
			ScopeNames.Snapshot names) {
		Map<String, Object> grants = permissions.toDatum();
		if (grants == null) {
			return null;
		}
		Map<String, Object> row = new TreeMap<>();
		List<Object> id = new ArrayList<>(List.of(user));
		if (scope.table() != null) {
			String[] table = names.table(scope.table());
			if (table == null) {
				return null;
			}
			row.put("table", table[1]);
		}
		if (scope.database() != null) {
			id.add(scope.database().toString());
			String database = names.database(scope.database());
			row.put("database", (database != null) ? database : "__deleted_database__");
		}
		if (scope.table() != null) {
			id.add(scope.table().toString());
		}
		row.put("id", id);
		row.put("permissions", grants);
		row.put("user", user);
		return row;
	}

	static Key parseKey(@Nullable Object key, ScopeNames.Snapshot names) {
		if (!(key instanceof List<?> parts) || parts.isEmpty() || parts.size() > 3) {
			throw QueryException
				.opFailed("Expected an array of one to three items in the primary key, got " + Printer.json(key) + ".");
		}
		if (!(parts.get(0) instanceof String user)) {
			throw QueryException.opFailed("Expected a string as the username, got " + Printer.json(parts.get(0)) + ".");
		}
		if (parts.size() == 1) {
			return new Key(user, Scope.GLOBAL);
		}
		UUID database = uuid(parts.get(1), "database");
		if (names.database(database) == null) {
			throw QueryException.opFailed("No database with UUID `" + database + "` exists.");
		}
		if (parts.size() == 2) {
			return new Key(user, Scope.database(database));
		}
		UUID table = uuid(parts.get(2), "table");
		String[] tableNames = names.table(table);
		if (tableNames == null || !tableNames[0].equals(names.database(database))) {
			throw QueryException.opFailed("No table with UUID `" + table + "` exists.");
		}
		return new Key(user, Scope.table(database, table));
	}

	private static UUID uuid(@Nullable Object value, String what) {
		if (value instanceof String text) {
			try {
				return UUID.fromString(text);
			}
			catch (IllegalArgumentException ex) {
				// fall through to RethinkDB's message
			}
		}
		throw QueryException.opFailed("Expected a UUID as the " + what + ", got " + Printer.json(value) + ".");
	}

	/**
	 * Checks a written row against its key, as RethinkDB does.
	 * @return its {@code permissions} field
	 */
	static Object checkRow(Map<String, Object> row, Key key, ScopeNames.Snapshot names) {
		TreeSet<String> unexpected = new TreeSet<>(row.keySet());
		unexpected.remove("id");
		match(row, "user", key.user(), unexpected);
		if (key.scope().database() != null) {
			match(row, "database", names.database(key.scope().database()), unexpected);
		}
		if (key.scope().table() != null) {
			match(row, "table", names.table(key.scope().table())[1], unexpected);
		}
		if (!row.containsKey("permissions")) {
			throw QueryException.opFailed("Expected a field `permissions`.");
		}
		unexpected.remove("permissions");
		if (!unexpected.isEmpty()) {
			throw QueryException.opFailed("Unexpected key(s) `" + String.join("`, `", unexpected) + "`.");
		}
		return row.get("permissions");
	}

	private static void match(Map<String, Object> row, String field, @Nullable String expected,
			TreeSet<String> unexpected) {
		if (row.containsKey(field)) {
			unexpected.remove(field);
			if (!String.valueOf(row.get(field)).equals(expected)) {
				throw QueryException.opFailed("The key `" + field + "` does not match the primary key.");
			}
		}
	}

}
