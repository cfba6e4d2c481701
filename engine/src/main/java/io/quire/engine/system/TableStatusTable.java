package io.quire.engine.system;

import java.util.List;
import java.util.Map;

import io.quire.engine.QuerySession;
import io.quire.engine.catalog.Catalog;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.Datums;

/**
 * {@code table_status}: one row per table, as {@code table.status()} shows it. On one
 * server every table is ready, with that server as its only replica.
 */
public final class TableStatusTable implements SystemTable {

	private final Catalog catalog;

	TableStatusTable(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public String name() {
		return "table_status";
	}

	@Override
	public List<Map<String, Object>> rows(QuerySession caller) {
		return CatalogTables.rows(this.catalog, (table) -> row(this.catalog, table));
	}

	/** The status row of one table. */
	public static Map<String, Object> row(Catalog catalog, Table table) {
		String server = serverName(catalog.tableConfig(table.database(), table.name()));
		Map<String, Object> ready = Datums.object("all_replicas_ready", true, "ready_for_outdated_reads", true,
				"ready_for_reads", true, "ready_for_writes", true);
		Map<String, Object> replica = Datums.object("server", server, "state", "ready");
		Map<String, Object> shard = Datums.object("primary_replicas", List.of(server), "replicas", List.of(replica));
		return Datums.object("db", table.database(), "id", table.id().toString(), "name", table.name(), "raft_leader",
				server, "shards", List.of(shard), "status", ready);
	}

	/** The server holding the table, from its {@code table_config} row's first shard. */
	private static String serverName(Map<String, Object> config) {
		if (config.get("shards") instanceof List<?> shards && !shards.isEmpty()
				&& shards.get(0) instanceof Map<?, ?> shard && shard.get("primary_replica") instanceof String name) {
			return name;
		}
		return "quire";
	}

}
