package io.quire.engine.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.quire.engine.QueryException;
import io.quire.engine.QuerySession;
import io.quire.engine.auth.Authorizer;
import io.quire.engine.auth.Users;
import io.quire.engine.catalog.Catalog;
import io.quire.engine.catalog.Table;

/**
 * The registry of the {@code rethinkdb} database's tables. The engine registers the
 * tables it knows at start; the network layer adds those that need it (connections,
 * jobs). Thread-safe.
 */
public final class SystemDatabase {

	/** The system database's name. */
	public static final String NAME = "rethinkdb";

	private final Map<String, SystemTable> tables = new TreeMap<>();

	private final QueryActivity activity = new QueryActivity();

	private final SystemFeeds feeds = new SystemFeeds();

	private final Catalog catalog;

	/**
	 * A registry with the tables built from the catalog and its own view of the users.
	 */
	public SystemDatabase(Catalog catalog) {
		this(catalog, new Authorizer(new Users(catalog), catalog));
	}

	/**
	 * A registry with the tables built from the catalog and the server's users, whose
	 * configuration writes are checked by the server's authorizer.
	 */
	public SystemDatabase(Catalog catalog, Authorizer authorizer) {
		Objects.requireNonNull(catalog, "catalog must not be null");
		Objects.requireNonNull(authorizer, "authorizer must not be null");
		this.catalog = catalog;
		Users users = authorizer.users();
		register(new UsersTable(users));
		register(new PermissionsTable(users, catalog, this));
		register(new DbConfigTable(catalog, authorizer));
		register(new TableConfigTable(catalog, authorizer));
		register(new TableStatusTable(catalog));
		register(new CurrentIssuesTable());
	}

	/** The count of queries run, which {@code stats} shows. */
	public QueryActivity activity() {
		return this.activity;
	}

	/**
	 * Tells the open changefeeds on system tables that the configuration changed (a
	 * database, table, index, grant or write hook), so each reports its changed rows now.
	 */
	public void configurationChanged() {
		this.feeds.refresh();
	}

	/**
	 * A table's status as {@code table.status()} and {@code table_status} show it, with
	 * every member of a replicated group as a replica.
	 */
	public Map<String, Object> tableStatus(Table table) {
		SystemTable status;
		synchronized (this) {
			status = this.tables.get("table_status");
		}
		return (status instanceof TableStatusTable members) ? members.status(table)
				: TableStatusTable.row(this.catalog, table);
	}

	/**
	 * How many servers carry each server tag, as {@code server_config} shows them: every
	 * member of a replicated group, or this server alone.
	 */
	public Map<String, Long> serverTagCounts() {
		SystemTable config;
		synchronized (this) {
			config = this.tables.get("server_config");
		}
		return (config instanceof ServerConfigTable servers) ? servers.tagCounts()
				: ServerConfigTable.tagCounts(this.catalog);
	}

	/** Adds a table, or replaces the one of the same name. */
	public synchronized void register(SystemTable table) {
		Objects.requireNonNull(table, "table must not be null");
		this.tables.put(table.name(), table);
	}

	/** The names of the system tables, sorted. */
	public synchronized List<String> names() {
		return new ArrayList<>(this.tables.keySet());
	}

	/**
	 * The system table of that name as a {@link Table} that reads and writes as the
	 * caller.
	 * @throws QueryException with RethinkDB's message when there is no such table
	 */
	public Table table(String name, QuerySession caller) {
		SystemTable table;
		synchronized (this) {
			table = this.tables.get(name);
		}
		if (table == null) {
			throw QueryException.opFailed("Table `" + NAME + "." + name + "` does not exist.");
		}
		return new SystemView(table, caller, this.feeds);
	}

}
