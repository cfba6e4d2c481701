package io.quire.engine.system;

import java.util.List;
import java.util.Map;

import io.quire.engine.Engine;
import io.quire.engine.QuerySession;
import io.quire.engine.query.ReqlQueryRunner;
import io.quire.engine.query.ReqlTester;
import io.quire.engine.term.Cancellation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every system table of an engine, read with the usual terms: field names as RethinkDB
 * 2.4's "System tables" documentation lists them.
 */
class SystemTablesShapeTests {

	private final Engine engine = Engine.inMemory();

	private final ReqlTester reql = new ReqlTester(this.engine.catalog(), (ReqlQueryRunner) this.engine.queryRunner());

	@AfterEach
	void close() {
		this.engine.close();
	}

	static String system(String name) {
		return "[15,[[14,['rethinkdb']],'" + name + "']]";
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> rows(String table) {
		return (List<Map<String, Object>>) this.reql.value(system(table));
	}

	private Map<String, Object> first(String table) {
		List<Map<String, Object>> rows = rows(table);
		assertThat(rows).as(table).isNotEmpty();
		return rows.get(0);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Map<String, Object> row, String field) {
		return (Map<String, Object>) row.get(field);
	}

	@Test
	void tableListNamesEveryTableOfRethinkDbButThoseOfUsersAndPermissions() {
		assertThat(this.reql.json("[62,[[14,['rethinkdb']]]]")).contains("\"_debug_scratch\"", "\"cluster_config\"",
				"\"current_issues\"", "\"db_config\"", "\"jobs\"", "\"logs\"", "\"server_config\"", "\"server_status\"",
				"\"stats\"", "\"table_config\"", "\"table_status\"");
	}

	@Test
	void clusterConfigHasTheHeartbeatRow() {
		assertThat(this.reql.json("[16,[" + system("cluster_config") + ",'heartbeat']]"))
			.isEqualTo("{\"heartbeat_timeout_secs\":10,\"id\":\"heartbeat\"}");
	}

	@Test
	void serverConfigAndStatusDescribeThisServer() {
		assertThat(first("server_config")).containsOnlyKeys("cache_size_mb", "id", "name", "tags")
			.containsEntry("id", this.engine.serverId().toString())
			.containsEntry("name", "quire")
			.containsEntry("tags", List.of("default"))
			.containsEntry("cache_size_mb", "auto");
		Map<String, Object> status = first("server_status");
		assertThat(status).containsOnlyKeys("id", "name", "network", "process");
		assertThat(object(status, "process")).containsOnlyKeys("argv", "cache_size_mb", "pid", "time_started",
				"version");
		assertThat(object(status, "process").get("version").toString()).startsWith("rethinkdb 2.4.4");
		assertThat(object(status, "process").get("pid")).isEqualTo((double) ProcessHandle.current().pid());
		assertThat(object(status, "network")).containsOnlyKeys("canonical_addresses", "cluster_port", "connected_to",
				"hostname", "http_admin_port", "reql_port", "time_connected");
	}

	@Test
	void statsHaveClusterServerTableAndTableServerRows() {
		this.reql.table("books", "[{'id':1},{'id':2}]");
		this.reql.value("[43,[[15,['books']]]]");
		this.reql.value("[16,[[15,['books']],1]]");
		String tableId = this.engine.catalog().table("test", "books").id().toString();
		String serverId = this.engine.serverId().toString();
		assertThat(this.reql.json("[31,[" + system("stats") + ",'id']]")).contains("[\"cluster\"]",
				"[\"server\",\"" + serverId + "\"]", "[\"table\",\"" + tableId + "\"]",
				"[\"table_server\",\"" + tableId + "\",\"" + serverId + "\"]");
		Map<String, Object> cluster = getRow("stats", "['cluster']");
		assertThat(object(cluster, "query_engine")).containsOnlyKeys("client_connections", "clients_active",
				"queries_per_sec", "read_docs_per_sec", "written_docs_per_sec");
		Map<String, Object> server = getRow("stats", "['server','" + serverId + "']");
		assertThat(server).containsOnlyKeys("id", "query_engine", "server");
		assertThat(object(server, "query_engine")).containsEntry("written_docs_total", 2.0)
			.containsKeys("queries_total", "read_docs_total", "queries_per_sec", "read_docs_per_sec");
		assertThat((Double) object(server, "query_engine").get("read_docs_total")).isGreaterThanOrEqualTo(1.0);
		Map<String, Object> table = getRow("stats", "['table','" + tableId + "']");
		assertThat(table).containsOnlyKeys("db", "id", "query_engine", "table").containsEntry("table", "books");
		Map<String, Object> tableServer = getRow("stats", "['table_server','" + tableId + "','" + serverId + "']");
		assertThat(tableServer).containsOnlyKeys("db", "id", "query_engine", "server", "storage_engine", "table");
		assertThat(object(tableServer, "query_engine")).containsEntry("written_docs_total", 2.0);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> getRow(String table, String key) {
		return (Map<String, Object>) this.reql.value("[16,[" + system(table) + ",[2," + key + "]]]");
	}

	@Test
	@SuppressWarnings("unchecked")
	void logsShowTheEnginesEventsAsRethinkDbRows() {
		this.engine.log().record(ServerLog.Level.WARN, "disk almost full");
		List<Map<String, Object>> rows = rows("logs");
		assertThat(rows).allSatisfy(
				(row) -> assertThat(row).containsOnlyKeys("id", "level", "message", "server", "timestamp", "uptime"));
		Map<String, Object> last = rows.get(rows.size() - 1);
		assertThat(last).containsEntry("level", "warn").containsEntry("message", "disk almost full");
		assertThat((List<Object>) last.get("id")).hasSize(2).endsWith(this.engine.serverId().toString());
		assertThat(rows).anySatisfy((row) -> assertThat(row.get("message").toString()).startsWith("Running rethinkdb"));
	}

	@Test
	void jobsShowRunningQueriesAsRethinkDbDoesAndDeletingOneCancelsIt() {
		Cancellation cancellation = this.engine.runningQueries()
			.start(new QuerySession("admin", 7, "10.0.0.5:4242"), 3, ReqlTester.parse("[43,[[173,[]]]]"));
		Map<String, Object> row = first("jobs");
		assertThat(row).containsOnlyKeys("duration_sec", "id", "info", "servers", "type")
			.containsEntry("type", "query")
			.containsEntry("servers", List.of("quire"));
		assertThat(object(row, "info"))
			.containsOnlyKeys("application_name", "client_address", "client_port", "query", "user")
			.containsEntry("query", "r.range().count()")
			.containsEntry("client_address", "10.0.0.5")
			.containsEntry("client_port", 4242.0)
			.containsEntry("user", "admin");
		List<?> id = (List<?>) row.get("id");
		assertThat(this.reql.json("[54,[[16,[" + system("jobs") + ",[2,['query','" + id.get(1) + "']]]]]]"))
			.contains("\"deleted\":1");
		assertThat(cancellation.reason()).isEqualTo(Cancellation.Reason.JOB_DELETED);
	}

	@Test
	void jobsRefuseInsertsAndUpdates() {
		assertThat(this.reql.json("[56,[" + system("jobs") + ",{'id':1}]]"))
			.contains("The `rethinkdb.jobs` system table only allows deletions, not inserts or updates.");
	}

	@Test
	void configAndStatusTablesHaveRethinkDbsFields() {
		this.reql.value("[60,['t']]");
		assertThat(first("db_config")).containsOnlyKeys("id", "name");
		assertThat(first("table_config")).containsOnlyKeys("db", "durability", "id", "indexes", "name", "primary_key",
				"shards", "write_acks", "write_hook");
		assertThat(first("table_status")).containsOnlyKeys("db", "id", "name", "raft_leader", "shards", "status");
		assertThat(rows("current_issues")).isEmpty();
	}

}
