package io.quire.engine.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quire.engine.QuerySession;
import io.quire.engine.catalog.Catalog;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.Datums;

/**
 * {@code table_status}: one row per table, as {@code table.status()} shows it. On one
 * server every table is ready, with that server as its only replica. In a replicated
 * group every member holds every table: each is a replica, {@code ready} when this member
 * heard from it lately and {@code disconnected} otherwise, and the primary is the primary
 * replica and Raft leader.
 */
public final class TableStatusTable implements SystemTable {

	private final Catalog catalog;

	private final Members members;

	TableStatusTable(Catalog catalog) {
		this(catalog, Members.NONE);
	}

	TableStatusTable(Catalog catalog, Members members) {
		this.catalog = catalog;
		this.members = members;
	}

	@Override
	public String name() {
		return "table_status";
	}

	@Override
	public List<Map<String, Object>> rows(QuerySession caller) {
		List<Member> group = this.members.list();
		return CatalogTables.rows(this.catalog,
				(table) -> group.isEmpty() ? row(this.catalog, table) : row(table, group));
	}

	/**
	 * The status row of one table, as {@code table.status()} answers: every member's
	 * replica in a replicated group.
	 */
	public Map<String, Object> status(Table table) {
		List<Member> group = this.members.list();
		return group.isEmpty() ? row(this.catalog, table) : row(table, group);
	}

	/** The status row of one table of a replicated group's member. */
	static Map<String, Object> row(Table table, List<Member> group) {
		List<Object> replicas = new ArrayList<>();
		group.forEach((member) -> replicas
			.add(Datums.object("server", member.name(), "state", member.reachable() ? "ready" : "disconnected")));
		List<Object> primaries = new ArrayList<>();
		group.stream()
			.filter((member) -> member.role().equals("primary"))
			.forEach((member) -> primaries.add(member.name()));
		boolean writable = group.stream().anyMatch((member) -> member.role().equals("primary") && member.reachable());
		Map<String, Object> ready = Datums.object("all_replicas_ready", group.stream().allMatch(Member::reachable),
				"ready_for_outdated_reads", true, "ready_for_reads", writable, "ready_for_writes", writable);
		Map<String, Object> shard = Datums.object("primary_replicas", primaries, "replicas", replicas);
		return Datums.object("db", table.database(), "id", table.id().toString(), "name", table.name(), "raft_leader",
				primaries.isEmpty() ? null : primaries.get(0), "shards", List.of(shard), "status", ready);
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
