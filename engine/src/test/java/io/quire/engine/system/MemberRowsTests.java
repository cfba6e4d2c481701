package io.quire.engine.system;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quire.engine.QueryException;
import io.quire.engine.QuerySession;
import io.quire.engine.catalog.Durability;
import io.quire.engine.catalog.MemberConfigs;
import io.quire.engine.query.MemoryCatalog;
import io.quire.engine.query.RunningQueries;
import io.quire.protocol.ErrorType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code server_status} and {@code server_config} of a member of a three-member group: a
 * row per member, in the shapes of the single-server row.
 */
class MemberRowsTests {

	private static final Instant STARTED = Instant.parse("2026-01-01T00:00:00Z");

	private static final QuerySession ADMIN = new QuerySession("admin", 1, "127.0.0.1:5000");

	private final UUID ownId = UUID.randomUUID();

	private final Member self = new Member(this.ownId, "quire", "primary", "127.0.0.1", 29001, 28015, true, true);

	private final Member reachable = new Member(UUID.randomUUID(), "n2", "standby", "127.0.0.1", 29002, 28016, true,
			false);

	private final Member lost = new Member(UUID.randomUUID(), "n3", "standby", "127.0.0.1", 29003, 28017, false, false);

	private final MemoryCatalog catalog = new MemoryCatalog();

	private final ServerState server = new ServerState(this.ownId, "rethinkdb 2.4.4", STARTED, this.catalog,
			new ServerLog(), new RunningQueries(), new QueryActivity(),
			() -> List.of(this.self, this.reachable, this.lost));

	@Test
	void serverStatusShouldListEveryMemberWithRoleReachabilityAndDriverPort() {
		List<Map<String, Object>> rows = new ServerStatusTable(this.server, ServerNetwork.none(STARTED)).rows(ADMIN);
		assertThat(rows).extracting((row) -> row.get("name")).containsExactly("quire", "n2", "n3");
		assertThat(rows).extracting((row) -> row.get("role")).containsExactly("primary", "standby", "standby");
		assertThat(rows).extracting((row) -> row.get("reachable")).containsExactly(true, true, false);
		assertThat(rows.get(0).get("id")).isEqualTo(this.ownId.toString());
		assertThat(network(rows.get(0)).get("connected_to")).isEqualTo(Map.of("n2", true, "n3", false));
		assertThat(network(rows.get(2))).containsEntry("reql_port", 28017.0)
			.containsEntry("cluster_port", 29003.0)
			.containsEntry("hostname", "127.0.0.1");
		assertThat(rows.get(2).get("id")).isEqualTo(this.lost.id().toString());
		assertThat(rows.get(2)).containsKeys("id", "name", "network", "process");
		assertThat(network(rows.get(2)).keySet()).isEqualTo(network(rows.get(0)).keySet());
	}

	@Test
	void serverConfigShouldListEveryMemberAndKeepAnotherMembersChangesInItsSharedRow() {
		ServerConfigTable config = new ServerConfigTable(this.server);
		List<Map<String, Object>> rows = config.rows(ADMIN);
		assertThat(rows).extracting((row) -> row.get("name")).containsExactly("quire", "n2", "n3");
		assertThat(rows.get(1).keySet()).isEqualTo(rows.get(0).keySet());
		Map<String, Object> renamed = new java.util.TreeMap<>(rows.get(1));
		renamed.put("name", "other");
		assertThat(config.write(rows.get(1), renamed, ADMIN)).containsEntry("name", "other");
		assertThat(MemberConfigs.name(this.catalog, this.reachable.id())).isEqualTo("other");
		assertThat(new NamedMembers(this.server.members(), this.catalog).list()).extracting(Member::name)
			.containsExactly("quire", "other", "n3");
		assertThat(this.catalog.serverName()).isEqualTo("quire");
		Map<String, Object> clash = new java.util.TreeMap<>(rows.get(1));
		clash.put("name", "n3");
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> config.write(rows.get(1), clash, ADMIN))
			.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo(ErrorType.OP_FAILED))
			.withMessage("Cannot rename server `n2` to `n3` because server `n3` already exists.");
	}

	@Test
	@SuppressWarnings("unchecked")
	void tableStatusShouldShowEveryMemberAsAReplicaWithThePrimaryMarked() {
		this.catalog.createTable("test", "people", "id", Durability.HARD);
		Map<String, Object> row = new TableStatusTable(this.catalog, this.server.members()).rows(ADMIN).get(0);
		Map<String, Object> shard = ((List<Map<String, Object>>) row.get("shards")).get(0);
		assertThat(shard.get("primary_replicas")).isEqualTo(List.of("quire"));
		assertThat(shard.get("replicas")).isEqualTo(List.of(Map.of("server", "quire", "state", "ready"),
				Map.of("server", "n2", "state", "ready"), Map.of("server", "n3", "state", "disconnected")));
		assertThat(row.get("raft_leader")).isEqualTo("quire");
		assertThat((Map<String, Object>) row.get("status")).containsEntry("all_replicas_ready", false)
			.containsEntry("ready_for_writes", true);
	}

	@Test
	@SuppressWarnings("unchecked")
	void currentIssuesShouldReportEachUnreachableMember() {
		List<Map<String, Object>> issues = new CurrentIssuesTable(this.server.members()).rows(ADMIN);
		assertThat(issues).hasSize(1);
		assertThat(issues.get(0)).containsEntry("type", "server_disconnected").containsEntry("critical", true);
		assertThat((Map<String, Object>) issues.get(0).get("info")).containsEntry("disconnected_server", "n3")
			.containsEntry("reporting_servers", List.of("quire"));
		assertThat(new CurrentIssuesTable().rows(ADMIN)).isEmpty();
	}

	@Test
	void aSingleServerShouldShowItsOneRowWithoutRole() {
		ServerState single = new ServerState(this.ownId, "rethinkdb 2.4.4", STARTED, this.catalog, new ServerLog(),
				new RunningQueries(), new QueryActivity());
		List<Map<String, Object>> rows = new ServerStatusTable(single, ServerNetwork.none(STARTED)).rows(ADMIN);
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0)).containsOnlyKeys("id", "name", "network", "process");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> network(Map<String, Object> row) {
		return (Map<String, Object>) row.get("network");
	}

}
