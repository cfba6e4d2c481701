package io.quire.engine.system;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quire.engine.QuerySession;
import io.quire.engine.catalog.Catalog;
import io.quire.engine.catalog.Table;
import io.quire.engine.catalog.TableActivity;
import io.quire.engine.datum.Datums;
import io.quire.engine.query.RunningQuery;

/**
 * {@code stats}: query and document rates of the cluster ({@code ["cluster"]}), this
 * server ({@code ["server", id]}), each table ({@code ["table", id]}) and each table on
 * this server ({@code ["table_server", table id, server id]}). Totals are counted on the
 * query path; rates are the growth over the last sample window of at least a second.
 */
public final class StatsTable implements SystemTable {

	private final ServerState server;

	private final ClientConnections connections;

	private final Rates rates = new Rates();

	public StatsTable(ServerState server, ClientConnections connections) {
		this.server = server;
		this.connections = connections;
	}

	@Override
	public String name() {
		return "stats";
	}

	@Override
	public List<Map<String, Object>> rows(QuerySession caller) {
		Catalog catalog = this.server.catalog();
		String serverId = this.server.id().toString();
		List<Map<String, Object>> rows = new ArrayList<>();
		long read = 0;
		long written = 0;
		for (String database : catalog.databaseNames()) {
			for (String name : catalog.tableNames(database)) {
				Table table = catalog.table(database, name);
				TableActivity activity = table.activity();
				read += activity.readTotal();
				written += activity.writtenTotal();
				rows.add(tableRow(table, activity));
				rows.add(tableServerRow(table, activity, serverId));
			}
		}
		long queries = this.server.activity().queriesTotal();
		rows.add(Datums.object("id", List.of("cluster"), "query_engine",
				Datums.object("client_connections", connections(), "clients_active", clientsActive(), "queries_per_sec",
						rate("queries", queries), "read_docs_per_sec", rate("read", read), "written_docs_per_sec",
						rate("written", written))));
		rows.add(serverRow(serverId, queries, read, written));
		return rows;
	}

	private Map<String, Object> serverRow(String serverId, long queries, long read, long written) {
		Map<String, Object> engine = Datums.object("client_connections", connections(), "clients_active",
				clientsActive(), "queries_per_sec", rate("queries", queries), "queries_total", (double) queries,
				"read_docs_per_sec", rate("read", read), "read_docs_total", (double) read, "written_docs_per_sec",
				rate("written", written), "written_docs_total", (double) written);
		return Datums.object("id", List.of("server", serverId), "query_engine", engine, "server",
				this.server.catalog().serverName());
	}

	private Map<String, Object> tableRow(Table table, TableActivity activity) {
		Map<String, Object> engine = Datums.object("read_docs_per_sec", tableRate(table, "read", activity),
				"written_docs_per_sec", tableRate(table, "written", activity));
		return Datums.object("db", table.database(), "id", List.of("table", table.id().toString()), "query_engine",
				engine, "table", table.name());
	}

	private Map<String, Object> tableServerRow(Table table, TableActivity activity, String serverId) {
		Map<String, Object> engine = Datums.object("read_docs_per_sec", tableRate(table, "read", activity),
				"read_docs_total", (double) activity.readTotal(), "written_docs_per_sec",
				tableRate(table, "written", activity), "written_docs_total", (double) activity.writtenTotal());
		return Datums.object("db", table.database(), "id", List.of("table_server", table.id().toString(), serverId),
				"query_engine", engine, "server", this.server.catalog().serverName(), "storage_engine", storage(table),
				"table", table.name());
	}

	/**
	 * The storage part of a table_server row: the table's approximate size on disk;
	 * RocksDB's block cache and I/O are shared by every table, so they count as zero
	 * here.
	 */
	private static Map<String, Object> storage(Table table) {
		Map<String, Object> space = Datums.object("data_bytes", (double) table.approximateBytes(), "garbage_bytes", 0.0,
				"metadata_bytes", 0.0, "preallocated_bytes", 0.0);
		Map<String, Object> disk = Datums.object("read_bytes_per_sec", 0.0, "read_bytes_total", 0.0, "space_usage",
				space, "written_bytes_per_sec", 0.0, "written_bytes_total", 0.0);
		return Datums.object("cache", Datums.object("in_use_bytes", 0.0), "disk", disk);
	}

	private double tableRate(Table table, String kind, TableActivity activity) {
		long total = kind.equals("read") ? activity.readTotal() : activity.writtenTotal();
		return this.rates.perSecond(List.of(table.id(), kind), total);
	}

	private double rate(String kind, long total) {
		return this.rates.perSecond(kind, total);
	}

	private double connections() {
		return this.connections.list().size();
	}

	private double clientsActive() {
		Set<Long> active = new HashSet<>();
		for (RunningQuery query : this.server.queries().list()) {
			active.add(query.connectionId());
		}
		return active.size();
	}

}
