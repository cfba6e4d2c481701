package io.quire.engine.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A table's {@code table_config} row as RethinkDB shows it: one shard whose only replica
 * is this server.
 */
record TableConfig(DefaultTable table, String serverName) {

	Map<String, Object> toDatum() {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("db", this.table.database());
		row.put("durability", this.table.durability().name().toLowerCase(Locale.ROOT));
		row.put("id", this.table.id().toString());
		row.put("indexes", this.table.indexes().stream().map((status) -> (Object) status.definition().name()).toList());
		row.put("name", this.table.name());
		row.put("primary_key", this.table.primaryKey());
		row.put("shards", List.of(shard()));
		row.put("write_acks", "majority");
		row.put("write_hook", null);
		return row;
	}

	private Map<String, Object> shard() {
		Map<String, Object> shard = new LinkedHashMap<>();
		shard.put("nonvoting_replicas", List.of());
		shard.put("primary_replica", this.serverName);
		shard.put("replicas", List.of(this.serverName));
		return shard;
	}

}
