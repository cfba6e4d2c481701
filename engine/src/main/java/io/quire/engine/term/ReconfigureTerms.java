package io.quire.engine.term;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.engine.auth.Permission;
import io.quire.engine.catalog.Catalog;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Printer;
import io.quire.engine.system.SystemDatabase;
import io.quire.protocol.TermType;

/**
 * RECONFIGURE and REBALANCE as on a one-server RethinkDB: the optargs are checked with
 * its messages (replicas per server tag, {@code emergency_repair} modes), and the only
 * layout a single server has, one shard with this server as its replica, is the result.
 */
final class ReconfigureTerms {

	private static final List<String> REPAIR_MODES = List.of("unsafe_rollback", "unsafe_rollback_or_erase",
			"_debug_recommit");

	private ReconfigureTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.RECONFIGURE)
			.configures()
			.nondeterministic()
			.args(1)
			.optargs("shards", "replicas", "primary_replica_tag", "nonvoting_replica_tags", "dry_run",
					"emergency_repair")
			.is(ReconfigureTerms::reconfigure);
		specs.term(TermType.REBALANCE).configures().nondeterministic().args(1).is(ReconfigureTerms::rebalance);
	}

	private static Object reconfigure(Call call) {
		boolean dryRun = call.optBool("dry_run", false);
		Object repair = call.opt("emergency_repair", null);
		if (repair != null) {
			return emergencyRepair(call, repair, dryRun);
		}
		long shards = Types.integer(required(call, "shards"));
		if (shards <= 0) {
			throw QueryException.queryLogic("Every table must have at least one shard.").withFrame("shards");
		}
		checkReplicas(call, replicasByTag(call));
		checkNotSystem(call, "you can't configure the tables in it.");
		if (shards > 64) {
			throw QueryException.opFailed("Maximum number of shards is 64.");
		}
		if (shards > 1) {
			throw QueryException.opFailed("Can't put " + shards + " shards on a single Quire server: Quire keeps "
					+ "every table in one shard.");
		}
		List<Object> configChanges = new ArrayList<>();
		List<Object> statusChanges = new ArrayList<>();
		for (Table table : tables(call)) {
			Map<String, Object> config = catalog(call).tableConfig(table.database(), table.name());
			configChanges.add(Datums.object("new_val", config, "old_val", config));
			Map<String, Object> status = call.context().tableStatus(table);
			statusChanges.add(Datums.object("new_val", status, "old_val", status));
		}
		if (dryRun) {
			return Datums.object("config_changes", configChanges, "reconfigured", 0.0);
		}
		return Datums.object("config_changes", configChanges, "reconfigured", (double) configChanges.size(),
				"status_changes", statusChanges);
	}

	private static Object required(Call call, String optarg) {
		if (!call.has(optarg)) {
			throw QueryException.queryLogic("Missing required argument `" + optarg + "`.");
		}
		return call.opt(optarg, null);
	}

	/**
	 * The {@code replicas} optarg as a count per server tag, checked as RethinkDB does.
	 */
	private static Map<String, Long> replicasByTag(Call call) {
		Object replicas = required(call, "replicas");
		boolean primaryTag = call.has("primary_replica_tag");
		Map<String, Long> byTag = new LinkedHashMap<>();
		if (replicas instanceof Map<?, ?> object) {
			if (!primaryTag) {
				throw QueryException.queryLogic("`primary_replica_tag` must be specified when `replicas` is an OBJECT.")
					.withFrame("replicas");
			}
			object.forEach((tag, count) -> byTag.put(String.valueOf(tag), replicaCount(count)));
			return byTag;
		}
		if (replicas instanceof Double) {
			if (primaryTag) {
				throw QueryException.queryLogic("`replicas` must be an OBJECT if `primary_replica_tag` is specified.")
					.withFrame("replicas");
			}
			if (call.has("nonvoting_replica_tags")) {
				throw QueryException
					.queryLogic("`replicas` must be an OBJECT if `nonvoting_replica_tags` is specified.")
					.withFrame("replicas");
			}
			byTag.put("default", replicaCount(replicas));
			return byTag;
		}
		throw QueryException
			.queryLogic("Expected type OBJECT or NUMBER but found " + Datums.typeName(replicas) + ":\n"
					+ Printer.pretty(replicas))
			.withFrame("replicas");
	}

	private static long replicaCount(Object count) {
		long replicas = Types.integer(count);
		if (replicas < 0) {
			throw QueryException.queryLogic("Can't have a negative number of replicas").withFrame("replicas");
		}
		return replicas;
	}

	private static void checkReplicas(Call call, Map<String, Long> byTag) {
		if (byTag.values().stream().mapToLong(Long::longValue).sum() == 0) {
			throw QueryException.opFailed("You must set `replicas` to at least one. `replicas` includes the primary "
					+ "replica; if there are zero replicas, there is nowhere to put the data.");
		}
		String primary = call.has("primary_replica_tag") ? call.optString("primary_replica_tag") : "default";
		if (byTag.getOrDefault(primary, 0L) == 0) {
			throw QueryException.opFailed("Can't use server tag `" + primary + "` for primary replicas because you "
					+ "specified no replicas in server tag `" + primary + "`.");
		}
		for (Object tag : nonvotingTags(call)) {
			if (!byTag.containsKey(String.valueOf(tag))) {
				throw QueryException.opFailed("You specified that the replicas in server tag `" + tag
						+ "` should be non-voting, but you didn't specify a number of replicas in server tag `" + tag
						+ "`.");
			}
		}
		Map<String, Long> servers = call.context().serverTagCounts();
		byTag.forEach((tag, count) -> {
			long available = servers.getOrDefault(tag, 0L);
			if (count > 0 && available == 0) {
				throw QueryException.opFailed("Could not find any servers with server tag `" + tag + "`.");
			}
			if (count > available) {
				throw QueryException.opFailed("Can't put " + count + " replicas on servers with the tag `" + tag
						+ "` because there are only " + available + " servers with the tag `" + tag
						+ "`. It's impossible to have more replicas of the data than there are servers.");
			}
		});
	}

	private static List<?> nonvotingTags(Call call) {
		Object tags = call.opt("nonvoting_replica_tags", List.of());
		return (tags instanceof List<?> list) ? list : List.of(tags);
	}

	private static Object emergencyRepair(Call call, Object repair, boolean dryRun) {
		if (!(repair instanceof String mode) || !REPAIR_MODES.contains(mode)) {
			throw QueryException
				.queryLogic("`emergency_repair` should be \"unsafe_rollback\" or \"unsafe_rollback_or_erase\"")
				.withFrame("emergency_repair");
		}
		for (String optarg : List.of("nonvoting_replica_tags", "primary_replica_tag", "replicas", "shards")) {
			if (call.has(optarg)) {
				throw QueryException.queryLogic("In emergency repair mode, you can't specify shards, replicas, etc.");
			}
		}
		if (call.arg(0) instanceof DbRef) {
			throw QueryException.queryLogic("Can't emergency repair an entire database at once; instead you should "
					+ "run `reconfigure()` on each table individually.");
		}
		checkNotSystem(call, "you can't configure the tables in it.");
		Table table = SelectionTerms.table(call, 0).table();
		call.context().require(Permission.CONFIG, table.database(), table.name());
		if (!mode.equals("_debug_recommit")) {
			throw QueryException.opFailed("This table doesn't need to be repaired.");
		}
		Map<String, Object> config = catalog(call).tableConfig(table.database(), table.name());
		Map<String, Object> configChange = Datums.object("new_val", config, "old_val", config);
		if (dryRun) {
			return Datums.object("config_changes", List.of(configChange), "repaired", 0.0);
		}
		Map<String, Object> status = call.context().tableStatus(table);
		return Datums.object("config_changes", List.of(configChange), "repaired", 1.0, "status_changes",
				List.of(Datums.object("new_val", status, "old_val", status)));
	}

	private static Object rebalance(Call call) {
		checkNotSystem(call, "you can't rebalance the tables in it.");
		List<Object> statusChanges = new ArrayList<>();
		for (Table table : tables(call)) {
			Map<String, Object> status = call.context().tableStatus(table);
			statusChanges.add(Datums.object("new_val", status, "old_val", status));
		}
		return Datums.object("rebalanced", (double) statusChanges.size(), "status_changes", statusChanges);
	}

	/**
	 * Fails as RethinkDB does when argument 0 is the {@code rethinkdb} database or one of
	 * its tables.
	 */
	static void checkNotSystem(Call call, String what) {
		Object target = call.arg(0);
		boolean system = (target instanceof DbRef db) ? SystemDatabase.NAME.equals(db.name())
				: target instanceof TableRef table && SystemDatabase.NAME.equals(table.table().database());
		if (system) {
			throw QueryException.opFailed("Database `" + SystemDatabase.NAME + "` is special; " + what);
		}
	}

	/**
	 * The table of argument 0, or every table of a database argument; the caller needs
	 * {@code config} on each.
	 */
	private static List<Table> tables(Call call) {
		List<Table> tables = new ArrayList<>();
		if (call.arg(0) instanceof DbRef db) {
			catalog(call).tableNames(db.name()).forEach((name) -> tables.add(catalog(call).table(db.name(), name)));
		}
		else {
			tables.add(SelectionTerms.table(call, 0).table());
		}
		tables.forEach((table) -> call.context().require(Permission.CONFIG, table.database(), table.name()));
		return tables;
	}

	private static Catalog catalog(Call call) {
		return call.context().catalog();
	}

}
