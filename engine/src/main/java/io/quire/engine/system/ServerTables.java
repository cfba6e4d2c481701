package io.quire.engine.system;

import java.util.Map;

import io.quire.engine.catalog.Catalog;

/**
 * Registers the server-wide system tables: {@code cluster_config}, {@code server_config},
 * {@code logs}, {@code _debug_scratch}, {@code table_status} and {@code current_issues}
 * with the server's group members, and {@code server_status}, {@code stats} and
 * {@code jobs} with what the network layer knows (or nothing, for an engine without one).
 */
public final class ServerTables {

	private ServerTables() {
	}

	/** Registers every server-wide table, replacing those of the same names. */
	public static void register(SystemDatabase system, ServerState server, ClientConnections connections,
			ServerNetwork network) {
		system.register(new ClusterConfigTable(server.catalog()));
		system.register(new ServerConfigTable(server));
		system.register(new LogsTable(server));
		system.register(new DebugScratchTable());
		system.register(new TableStatusTable(server.catalog(), server.members()));
		system.register(new CurrentIssuesTable(server.members()));
		registerNetwork(system, server, connections, network);
	}

	/**
	 * How many servers carry each server tag on a server whose system tables queries
	 * cannot reach: this server's own tags, from its catalog.
	 */
	public static Map<String, Long> serverTagCounts(Catalog catalog) {
		return ServerConfigTable.tagCounts(catalog);
	}

	/** Replaces {@code server_status}, when a port it shows becomes known. */
	public static void registerStatus(SystemDatabase system, ServerState server, ServerNetwork network) {
		system.register(new ServerStatusTable(server, network));
	}

	/**
	 * Replaces the tables that show connections and ports; the network layer calls it
	 * once it listens.
	 */
	public static void registerNetwork(SystemDatabase system, ServerState server, ClientConnections connections,
			ServerNetwork network) {
		registerStatus(system, server, network);
		system.register(new StatsTable(server, connections));
		system.register(new JobsTable(server, connections));
	}

}
