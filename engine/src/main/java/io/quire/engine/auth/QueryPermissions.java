package io.quire.engine.auth;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.Catalog;
import org.jspecify.annotations.Nullable;

/**
 * The check a query passes before it runs: every table and database its term names with
 * constant names, and every administration term in it, against the user's grants, so a
 * query that would be denied halfway has no effect at all. {@code read} for what is read,
 * {@code write} for the tables an insert, update, replace, delete or sync changes,
 * {@code config} for table, index and database administration, reconfigure, rebalance and
 * write hooks, the {@code rethinkdb} tables that {@code config()}, {@code status()} and
 * {@code grant} read or write, {@code connect} for {@code r.http}. Names known only at
 * run time are checked as the query opens them ({@link CheckedTable}). A table or
 * database that does not exist is left to the query, which fails with RethinkDB's
 * message.
 */
public final class QueryPermissions {

	private static final String SYSTEM_DATABASE = "rethinkdb";

	private final Authorizer authorizer;

	private final Catalog catalog;

	private final Predicate<String> systemTables;

	/**
	 * @param systemTables whether a table of that name exists in the {@code rethinkdb}
	 * database
	 */
	public QueryPermissions(Authorizer authorizer, Catalog catalog, Predicate<String> systemTables) {
		this.authorizer = Objects.requireNonNull(authorizer, "authorizer must not be null");
		this.catalog = Objects.requireNonNull(catalog, "catalog must not be null");
		this.systemTables = Objects.requireNonNull(systemTables, "systemTables must not be null");
	}

	/**
	 * Checks the query's term (as received, before compiling) for the user.
	 * @param defaultDatabase the database of tables named without one
	 * @return the table permissions found held, for the checks while the query runs
	 * @throws QueryException a PERMISSION_ERROR with RethinkDB's message
	 */
	public QueryGrants check(String user, @Nullable Object term, String defaultDatabase) {
		if (Users.ADMIN.equals(user)) {
			return QueryGrants.NONE;
		}
		QueryGrants grants = new QueryGrants();
		new TermWalk(this, user, defaultDatabase, grants).visit(term, TermWalk.Mode.READ);
		return grants;
	}

	/**
	 * Fails unless the user holds the permission; records table grants in {@code grants}.
	 */
	void require(String user, Permission permission, @Nullable String database, @Nullable String table,
			QueryGrants grants) {
		UUID tableId;
		boolean allowed;
		try {
			tableId = (database != null && table != null) ? tableId(database, table) : null;
			allowed = this.authorizer.allowed(user, permission, database,
					() -> this.authorizer.databaseId(Objects.requireNonNull(database)), tableId);
		}
		catch (QueryException missing) {
			return;
		}
		if (!allowed) {
			throw Authorizer.denied(user, permission);
		}
		if (tableId != null) {
			record(grants, tableId, permission);
		}
	}

	private UUID tableId(String database, String table) {
		if (SYSTEM_DATABASE.equals(database) && !this.systemTables.test(table)) {
			throw QueryException.opFailed("Table `" + database + "." + table + "` does not exist.");
		}
		return this.authorizer.tableId(database, table);
	}

	private static void record(QueryGrants grants, UUID tableId, Permission permission) {
		grants.add(tableId, permission);
		if (permission == Permission.WRITE) {
			grants.add(tableId, Permission.READ);
		}
	}

	/** Whether the table (or, for a {@code null} table, the database) exists. */
	boolean exists(String database, @Nullable String table) {
		try {
			if (table == null) {
				return SYSTEM_DATABASE.equals(database) || this.catalog.database(database) != null;
			}
			tableId(database, table);
			return true;
		}
		catch (QueryException missing) {
			return false;
		}
	}

	/** The tables of a database, empty when it does not exist. */
	Iterable<String> tableNames(String database) {
		try {
			return this.catalog.tableNames(database);
		}
		catch (QueryException missing) {
			return List.of();
		}
	}

	static boolean isSystem(@Nullable String database) {
		return SYSTEM_DATABASE.equals(database);
	}

}
