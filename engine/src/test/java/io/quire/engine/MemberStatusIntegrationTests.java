package io.quire.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.quire.engine.query.ReqlTester;
import io.quire.protocol.ErrorType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.quire.engine.GroupTestSupport.await;
import static io.quire.engine.TestGroup.count;
import static io.quire.engine.TestGroup.reql;
import static io.quire.engine.TestGroup.systemRows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a three-member group's system tables and admin terms tell of its members: each
 * member's lag, a standby's view of the other standbys (the primary's), and every
 * member's replica in {@code table.status()} and {@code table.wait()}.
 */
class MemberStatusIntegrationTests {

	@TempDir
	Path directory;

	private TestGroup group;

	@BeforeEach
	void startGroup() throws IOException {
		this.group = new TestGroup(this.directory, 3);
	}

	@AfterEach
	void stopGroup() {
		this.group.close();
	}

	@Test
	void everyMemberShouldSeeEveryMemberReachableAndCaughtUpWithLag() {
		Engine primary = this.group.awaitPrimary();
		reql(primary).table("rows", "[{'id':1},{'id':2}]");
		for (Engine member : this.group.running()) {
			await(() -> {
				List<Map<String, Object>> rows = systemRows(member, "server_status");
				return rows.size() == 3 && rows.stream().allMatch(MemberStatusIntegrationTests::caughtUp);
			});
			List<Map<String, Object>> rows = systemRows(member, "server_status");
			assertThat(rows).allSatisfy((row) -> assertThat(lag(row).get("since_heard_ms")).isInstanceOf(Double.class));
			assertThat(systemRows(member, "current_issues")).isEmpty();
		}
	}

	private static boolean caughtUp(Map<String, Object> row) {
		return Boolean.TRUE.equals(row.get("reachable")) && Double.valueOf(0).equals(lag(row).get("entries"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> lag(Map<String, Object> row) {
		return (Map<String, Object>) row.get("lag");
	}

	@Test
	void standbyShouldReportAStoppedStandbyAsThePrimarySeesIt() {
		Engine primary = this.group.awaitPrimary();
		List<Engine> standbys = this.group.standbys(primary);
		Engine watcher = standbys.get(0);
		Engine stopped = standbys.get(1);
		String stoppedId = this.group.peerOf(stopped).serverId().toString();
		await(() -> systemRows(watcher, "server_status").stream()
			.allMatch((row) -> Boolean.TRUE.equals(row.get("reachable"))));
		this.group.stop(stopped);
		await(() -> !reachable(watcher, stoppedId));
		assertThat(systemRows(watcher, "server_status")).filteredOn((row) -> !stoppedId.equals(row.get("id")))
			.extracting((row) -> row.get("reachable"))
			.containsOnly(true);
		assertThat(systemRows(watcher, "current_issues")).extracting((row) -> row.get("type"))
			.containsExactly("server_disconnected");
	}

	private static boolean reachable(Engine engine, String id) {
		return systemRows(engine, "server_status").stream()
			.filter((row) -> id.equals(row.get("id")))
			.allMatch((row) -> Boolean.TRUE.equals(row.get("reachable")));
	}

	@Test
	@SuppressWarnings("unchecked")
	void tableStatusShouldListEveryMembersReplicaOnEveryMember() {
		Engine primary = this.group.awaitPrimary();
		reql(primary).table("people", "[{'id':1}]");
		String primaryName = primary.catalog().serverName();
		for (Engine member : this.group.running()) {
			await(() -> count(member, "people") == 1);
			await(() -> {
				Map<String, Object> status = (Map<String, Object>) reql(member)
					.value("[175,[" + ReqlTester.table("people") + "]]");
				Map<String, Object> shard = ((List<Map<String, Object>>) status.get("shards")).get(0);
				List<Map<String, Object>> replicas = (List<Map<String, Object>>) shard.get("replicas");
				return replicas.size() == 3 && replicas.stream().allMatch((r) -> "ready".equals(r.get("state")))
						&& shard.get("primary_replicas").equals(List.of(primaryName));
			});
			assertThat(reql(member).value("[177,[" + ReqlTester.table("people") + "]]"))
				.isEqualTo(Map.of("ready", 1.0));
		}
	}

	@Test
	void tableWaitShouldTimeOutForAllReplicasWhileAMemberIsDown() {
		Engine primary = this.group.awaitPrimary();
		reql(primary).table("people", "[]");
		String table = ReqlTester.table("people");
		await(() -> this.group.running().stream().allMatch((member) -> count(member, "people") == 0));
		assertThat(reql(primary).value("[177,[" + table + "],{'timeout':20}]")).isEqualTo(Map.of("ready", 1.0));
		this.group.stop(this.group.standbys(primary).get(0));
		await(() -> systemRows(primary, "current_issues").size() == 1);
		QueryException timeout = reql(primary).error("[177,[" + table + "],{'timeout':0.2}]");
		assertThat(timeout.errorType()).isEqualTo(ErrorType.OP_FAILED);
		assertThat(timeout.getMessage()).isEqualTo("Timed out while waiting for tables.");
		assertThat(reql(primary).value("[177,[" + table + "],{'wait_for':'ready_for_writes','timeout':20}]"))
			.isEqualTo(Map.of("ready", 1.0));
	}

}
