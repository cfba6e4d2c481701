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
import io.quire.engine.datum.Printer;
import io.quire.engine.system.SystemDatabase;
import io.quire.engine.system.TableStatusTable;
import io.quire.protocol.TermType;

/**
 * Databases and tables: DB_CREATE, DB_DROP, DB_LIST, TABLE_CREATE, TABLE_DROP,
 * TABLE_LIST, WAIT, CONFIG, STATUS.
 */
final class AdminTerms {

	private AdminTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.DB_CREATE).nondeterministic().args(1).is((call) -> dbCreate(call));
		specs.term(TermType.DB_DROP).nondeterministic().args(1).is(AdminTerms::dbDrop);
		specs.term(TermType.DB_LIST)
			.nondeterministic()
			.args(0)
			.is((call) -> new ArrayList<Object>(catalog(call).databaseNames()));
		specs.term(TermType.TABLE_CREATE)
			.nondeterministic()
			.args(1, 2)
			.optargs("primary_key", "durability", "shards", "replicas", "primary_replica_tag", "nonvoting_replica_tags")
			.is(AdminTerms::tableCreate);
		specs.term(TermType.TABLE_DROP).nondeterministic().args(1, 2).is(AdminTerms::tableDrop);
		specs.term(TermType.TABLE_LIST).nondeterministic().args(0, 1).is(AdminTerms::tableList);
		specs.term(TermType.WAIT).nondeterministic().args(0, 1).optargs("wait_for", "timeout").is(AdminTerms::waitFor);
		specs.term(TermType.CONFIG).nondeterministic().args(1).is(AdminTerms::config);
		specs.term(TermType.STATUS).nondeterministic().args(1).is(AdminTerms::status);
		specs.term(TermType.RECONFIGURE)
			.nondeterministic()
			.args(1)
			.optargs("shards", "replicas", "primary_replica_tag", "nonvoting_replica_tags", "dry_run",
					"emergency_repair")
			.is(AdminTerms::reconfigure);
		specs.term(TermType.REBALANCE).nondeterministic().args(1).is(AdminTerms::rebalance);
	}

	/**
	 * Single-server reconfiguration: one shard and one replica are the only possible
	 * layout.
	 */
	private static Object reconfigure(Call call) {
		for (String option : List.of("shards", "replicas")) {
			Object value = call.opt(option, 1.0);
			if (value instanceof Double count && count > 1) {
				throw QueryException.opFailed("Can't put " + Printer.number(count) + " " + option
						+ " on a single Quire server. It's impossible to have more replicas of the data than there are servers.");
			}
		}
		List<Object> configChanges = new ArrayList<>();
		List<Object> statusChanges = new ArrayList<>();
		for (Table table : tables(call)) {
			call.context().require(Permission.CONFIG, table.database(), table.name());
			Map<String, Object> config = catalog(call).tableConfig(table.database(), table.name());
			configChanges.add(Datums.object("old_val", config, "new_val", config));
			statusChanges.add(Datums.object("old_val", tableStatus(call, table), "new_val", tableStatus(call, table)));
		}
		return Datums.object("reconfigured", (double) configChanges.size(), "config_changes", configChanges,
				"status_changes", statusChanges);
	}

	private static Object rebalance(Call call) {
		List<Object> statusChanges = new ArrayList<>();
		for (Table table : tables(call)) {
			call.context().require(Permission.CONFIG, table.database(), table.name());
			statusChanges.add(Datums.object("old_val", tableStatus(call, table), "new_val", tableStatus(call, table)));
		}
		return Datums.object("rebalanced", (double) statusChanges.size(), "status_changes", statusChanges);
	}

	/** The table of argument 0, or every table of a database argument. */
	private static List<Table> tables(Call call) {
		if (call.arg(0) instanceof DbRef db) {
			List<Table> tables = new ArrayList<>();
			catalog(call).tableNames(db.name()).forEach((name) -> tables.add(catalog(call).table(db.name(), name)));
			return tables;
		}
		return List.of(SelectionTerms.table(call, 0).table());
	}

	private static Catalog catalog(Call call) {
		return call.context().catalog();
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
		call.context().require(Permission.CONFIG, database(call), null);
		return catalog(call).createTable(database(call), name, primaryKey, durability);
	}

	private static Object tableDrop(Call call) {
		String name = call.string(call.count() - 1);
		call.context().require(Permission.CONFIG, database(call), null);
		return catalog(call).dropTable(database(call), name);
	}

	private static Object waitFor(Call call) {
		if (call.has("wait_for")) {
			String waitFor = call.optString("wait_for");
			if (!List.of("ready_for_outdated_reads", "ready_for_reads", "ready_for_writes", "all_replicas_ready")
				.contains(waitFor)) {
				throw QueryException.queryLogic("Unknown table readiness state: '" + waitFor + "', must be one of "
						+ "'ready_for_outdated_reads', 'ready_for_reads', 'ready_for_writes', or 'all_replicas_ready'");
			}
		}
		if (call.count() == 0) {
			return Datums.object("ready", 0.0);
		}
		Object target = call.arg(0);
		if (target instanceof DbRef db) {
			return Datums.object("ready", (double) catalog(call).tableNames(db.name()).size());
		}
		SelectionTerms.table(call, 0);
		return Datums.object("ready", 1.0);
	}

	private static Object config(Call call) {
		Object target = call.arg(0);
		if (target instanceof DbRef db) {
			call.context().require(Permission.READ, SystemDatabase.NAME, "db_config");
			return catalog(call).database(db.name());
		}
		Table table = SelectionTerms.table(call, 0).table();
		call.context().require(Permission.READ, SystemDatabase.NAME, "table_config");
		return catalog(call).tableConfig(table.database(), table.name());
	}

	private static Object status(Call call) {
		Table table = SelectionTerms.table(call, 0).table();
		call.context().require(Permission.READ, SystemDatabase.NAME, "table_status");
		return tableStatus(call, table);
	}

	private static Map<String, Object> tableStatus(Call call, Table table) {
		return TableStatusTable.row(catalog(call), table);
	}

}
