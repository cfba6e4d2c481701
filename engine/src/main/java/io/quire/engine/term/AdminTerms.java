package io.quire.engine.term;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.engine.auth.Permission;
import io.quire.engine.catalog.Catalog;
import io.quire.engine.catalog.Durability;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.Datums;
import io.quire.engine.system.SystemDatabase;
import io.quire.engine.system.WriteHookStore;
import io.quire.protocol.TermType;

/**
 * Databases and tables: DB_CREATE, DB_DROP, DB_LIST, TABLE_CREATE, TABLE_DROP,
 * TABLE_LIST, WAIT, CONFIG, STATUS (RECONFIGURE and REBALANCE are in
 * {@link ReconfigureTerms}), with the {@code rethinkdb} database's special rules.
 */
final class AdminTerms {

	private AdminTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.DB_CREATE).configures().nondeterministic().args(1).is((call) -> dbCreate(call));
		specs.term(TermType.DB_DROP).configures().nondeterministic().args(1).is(AdminTerms::dbDrop);
		specs.term(TermType.DB_LIST).nondeterministic().args(0).is(AdminTerms::dbList);
		specs.term(TermType.TABLE_CREATE)
			.configures()
			.nondeterministic()
			.args(1, 2)
			.optargs("primary_key", "durability", "shards", "replicas", "primary_replica_tag", "nonvoting_replica_tags")
			.is(AdminTerms::tableCreate);
		specs.term(TermType.TABLE_DROP).configures().nondeterministic().args(1, 2).is(AdminTerms::tableDrop);
		specs.term(TermType.TABLE_LIST).nondeterministic().args(0, 1).is(AdminTerms::tableList);
		specs.term(TermType.WAIT).nondeterministic().args(0, 1).optargs("wait_for", "timeout").is(AdminTerms::waitFor);
		specs.term(TermType.CONFIG).nondeterministic().args(1).is(AdminTerms::config);
		specs.term(TermType.STATUS).nondeterministic().args(1).is(AdminTerms::status);
	}

	private static Catalog catalog(Call call) {
		return call.context().catalog();
	}

	/** The databases, with {@code rethinkdb} where queries reach the system tables. */
	private static Object dbList(Call call) {
		List<Object> names = new ArrayList<>(catalog(call).databaseNames());
		if (call.context().systemTableNames() != null) {
			names.add(SystemDatabase.NAME);
			names.sort(null);
		}
		return names;
	}

	private static void checkNotSystemDatabase(String database, String what) {
		if (SystemDatabase.NAME.equals(database)) {
			throw QueryException.opFailed("Database `" + SystemDatabase.NAME + "` is special; " + what);
		}
	}

	private static Object dbCreate(Call call) {
		call.context().require(Permission.CONFIG, null, null);
		Map<String, Object> row = catalog(call).createDatabase(call.string(0));
		return Datums.object("dbs_created", 1.0, "config_changes",
				List.of(Datums.object("old_val", null, "new_val", row)));
	}

	private static Object dbDrop(Call call) {
		String name = call.string(0);
		call.context().require(Permission.CONFIG, null, null);
		return catalog(call).dropDatabase(name);
	}

	/** The database of a term whose optional first argument is a database. */
	private static String database(Call call) {
		return (call.count() > 0 && call.arg(0) instanceof DbRef) ? SelectionTerms.database(call, 0).name()
				: call.context().defaultDatabase();
	}

	private static Object tableList(Call call) {
		String database = database(call);
		List<String> systemTables = call.context().systemTableNames();
		if (SystemDatabase.NAME.equals(database) && systemTables != null) {
			return new ArrayList<Object>(systemTables);
		}
		return new ArrayList<Object>(catalog(call).tableNames(database));
	}

	private static Object tableCreate(Call call) {
		String primaryKey = call.has("primary_key") ? call.optString("primary_key") : "id";
		Durability durability = call.has("durability") ? Durability.parse(call.optString("durability"))
				: Durability.HARD;
		String name = call.string(call.count() - 1);
		String database = database(call);
		checkNotSystemDatabase(database, "you can't create new tables in it.");
		call.context().require(Permission.CONFIG, database, null);
		return catalog(call).createTable(database, name, primaryKey, durability);
	}

	private static Object tableDrop(Call call) {
		String database = database(call);
		checkNotSystemDatabase(database, "you can't drop tables in it.");
		call.context().require(Permission.CONFIG, database, null);
		return catalog(call).dropTable(database, call.string(call.count() - 1));
	}

	private static Object waitFor(Call call) {
		String waitFor = call.has("wait_for") ? call.optString("wait_for") : "all_replicas_ready";
		if (!TableReadiness.STATES.contains(waitFor)) {
			throw QueryException.queryLogic("Unknown table readiness state: '" + waitFor + "', must be one of "
					+ "'ready_for_outdated_reads', 'ready_for_reads', 'ready_for_writes', or 'all_replicas_ready'");
		}
		if (call.count() == 0) {
			return Datums.object("ready", 0.0);
		}
		ReconfigureTerms.checkNotSystem(call,
				"the system tables in it are always available and don't need to be waited on.");
		List<Table> tables = (call.arg(0) instanceof DbRef db) ? catalog(call).tableNames(db.name())
			.stream()
			.map((name) -> catalog(call).table(db.name(), name))
			.toList() : List.of(SelectionTerms.table(call, 0).table());
		double timeout = (call.opt("timeout", null) instanceof Double seconds) ? seconds : -1;
		TableReadiness.await(call.context(), tables, waitFor, timeout);
		return Datums.object("ready", (double) tables.size());
	}

	private static Object config(Call call) {
		Object target = call.arg(0);
		if (target instanceof DbRef db) {
			checkNotSystemDatabase(db.name(), "you can't configure it.");
			call.context().require(Permission.READ, SystemDatabase.NAME, "db_config");
			return catalog(call).database(db.name());
		}
		ReconfigureTerms.checkNotSystem(call, "you can't configure the tables in it.");
		Table table = SelectionTerms.table(call, 0).table();
		call.context().require(Permission.READ, SystemDatabase.NAME, "table_config");
		return WriteHookStore.config(catalog(call), table);
	}

	private static Object status(Call call) {
		ReconfigureTerms.checkNotSystem(call, "the system tables in it don't have meaningful status information.");
		Table table = SelectionTerms.table(call, 0).table();
		call.context().require(Permission.READ, SystemDatabase.NAME, "table_status");
		return tableStatus(call, table);
	}

	private static Map<String, Object> tableStatus(Call call, Table table) {
		return call.context().tableStatus(table);
	}

}
