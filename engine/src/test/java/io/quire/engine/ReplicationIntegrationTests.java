package io.quire.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quire.engine.auth.Users;
import io.quire.engine.catalog.IndexStatus;
import io.quire.engine.query.QueryResult;
import io.quire.engine.query.ReqlTester;
import io.quire.engine.query.ResultStream;
import io.quire.protocol.ErrorType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.quire.engine.GroupTestSupport.await;
import static io.quire.engine.TestGroup.count;
import static io.quire.engine.TestGroup.hasTable;
import static io.quire.engine.TestGroup.reql;
import static io.quire.engine.TestGroup.systemRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Three engines in one JVM, each on its own RocksDB directory, replicating over Raft on
 * loopback ports: writes go through the primary and reach the standbys, standbys refuse
 * writes, and losing the primary elects another that has every acknowledged row. The
 * first primary creates what the members share (database {@code test}, admin).
 */
class ReplicationIntegrationTests {

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
	void insertOnThePrimaryShouldAppearOnBothStandbys() {
		Engine primary = this.group.awaitPrimary();
		ReqlTester reql = reql(primary);
		reql.table("people", "[{'id':1,'name':'ada'},{'id':2,'name':'grace'}]");
		for (Engine standby : this.group.standbys(primary)) {
			await(() -> hasTable(standby, "people") && count(standby, "people") == 2);
			assertThat(reql(standby).value("[16,[" + ReqlTester.table("people") + ",2]]"))
				.isEqualTo(Map.of("id", 2.0, "name", "grace"));
		}
	}

	@Test
	void firstPrimaryShouldCreateOneTestDatabaseAndOneAdminForEveryMember() {
		Engine primary = this.group.awaitPrimary();
		reql(primary).table("shared", "[{'id':1}]");
		Object testId = primary.catalog().database("test").get("id");
		for (Engine member : this.group.engines) {
			await(() -> count(member, "shared") == 1);
			assertThat(member.catalog().database("test").get("id")).isEqualTo(testId);
			assertThat(reql(member).value("[16,[" + ReqlTester.table("shared") + ",1]]")).isEqualTo(Map.of("id", 1.0));
			await(() -> member.users().account(Users.ADMIN) != null);
			assertThat(member.users().account(Users.ADMIN).credential().matches(TestGroup.PASSWORD)).isTrue();
		}
	}

	@Test
	void serverStatusShouldListEveryMemberWithItsRoleOnEveryMember() {
		Engine primary = this.group.awaitPrimary();
		String primaryId = this.group.peers.get(this.group.engines.indexOf(primary)).serverId().toString();
		for (Engine member : this.group.engines) {
			await(() -> member.primaryAddress().isPresent());
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> rows = (List<Map<String, Object>>) reql(member)
				.value("[15,[[14,['rethinkdb']],'server_status']]");
			assertThat(rows).extracting((row) -> row.get("id"))
				.containsExactlyInAnyOrderElementsOf(
						this.group.peers.stream().map((p) -> p.serverId().toString()).toList());
			assertThat(rows).filteredOn((row) -> "primary".equals(row.get("role")))
				.extracting((row) -> row.get("id"))
				.containsExactly(primaryId);
			assertThat(member.serverId().toString()).isIn(rows.stream().map((row) -> row.get("id")).toList());
		}
	}

	@Test
	void primaryShouldReportAStoppedStandbyAsDisconnected() {
		Engine primary = this.group.awaitPrimary();
		await(() -> systemRows(primary, "server_status").stream()
			.allMatch((row) -> Boolean.TRUE.equals(row.get("reachable"))));
		Engine standby = this.group.standbys(primary).get(0);
		String stoppedId = standby.serverId().toString();
		String stoppedName = this.group.peers.get(this.group.engines.indexOf(standby)).id();
		this.group.engines.set(this.group.engines.indexOf(standby), null);
		standby.close();
		List<Map<String, Object>> issues = new ArrayList<>();
		await(() -> {
			issues.clear();
			issues.addAll(systemRows(primary, "current_issues"));
			return issues.size() == 1;
		});
		assertThat(issues.get(0)).containsEntry("type", "server_disconnected")
			.containsEntry("info", Map.of("disconnected_server", stoppedName, "reporting_servers",
					List.of(primary.catalog().serverName())));
		assertThat(systemRows(primary, "server_status")).filteredOn((row) -> stoppedId.equals(row.get("id")))
			.extracting((row) -> row.get("reachable"))
			.containsExactly(false);
	}

	@Test
	void standbyShouldRefuseWritesNamingThePrimary() {
		Engine primary = this.group.awaitPrimary();
		reql(primary).table("notes", "[]");
		Engine standby = this.group.standbys(primary).get(0);
		await(() -> hasTable(standby, "notes"));
		await(() -> standby.primaryAddress().isPresent());
		ClusterOptions.Peer primaryPeer = this.group.peers.get(this.group.engines.indexOf(primary));
		String standbyId = this.group.peers.get(this.group.engines.indexOf(standby)).id();
		String refusal = "Cannot perform write: server `" + standbyId + "` is a standby; the primary is `"
				+ primaryPeer.id() + "` (" + primaryPeer.driverAddress() + ").";
		QueryException insert = reql(standby).error("[56,[" + ReqlTester.table("notes") + ",{'id':1}]]");
		assertThat(insert.errorType()).isEqualTo(ErrorType.OP_FAILED);
		assertThat(insert.getMessage()).isEqualTo(refusal);
		QueryException tableCreate = reql(standby).error("[60,['other']]");
		assertThat(tableCreate.errorType()).isEqualTo(ErrorType.OP_FAILED);
		assertThat(tableCreate.getMessage()).isEqualTo(refusal);
		assertThat(standby.role()).isEqualTo("standby");
		assertThat(primary.role()).isEqualTo("primary");
		assertThat(count(primary, "notes")).isZero();
	}

	@Test
	void tableAndIndexCreatedOnThePrimaryShouldAppearOnStandbys() {
		Engine primary = this.group.awaitPrimary();
		ReqlTester reql = reql(primary);
		reql.value("[57,['archive']]");
		reql.value("[60,[[14,['archive']],'books']]");
		reql.value("[75,[[15,[[14,['archive']],'books']],'author']]");
		reql.value("[140,[[15,[[14,['archive']],'books']]]]");
		reql.value("[56,[[15,[[14,['archive']],'books']],{'id':1,'author':'le guin'}]]");
		for (Engine standby : this.group.standbys(primary)) {
			await(() -> standby.catalog().databaseNames().contains("archive")
					&& standby.catalog().tableNames("archive").contains("books")
					&& count(standby, "archive", "books") == 1
					&& standby.catalog().table("archive", "books").indexes().stream().allMatch(IndexStatus::ready));
			assertThat(reql(standby).json("[78,[[15,[[14,['archive']],'books']],'le guin'],{'index':'author'}]"))
				.isEqualTo("[{\"author\":\"le guin\",\"id\":1}]");
		}
	}

	@Test
	void stoppingThePrimaryShouldElectAnotherThatHasEveryAcknowledgedRow() {
		Engine primary = this.group.awaitPrimary();
		reql(primary).table("ledger", "[]");
		for (int i = 0; i < 50; i++) {
			reql(primary).value("[56,[" + ReqlTester.table("ledger") + ",{'id':" + i + "}]]", "{'durability':'hard'}");
		}
		int stopped = this.group.engines.indexOf(primary);
		primary.close();
		this.group.engines.set(stopped, null);
		Engine next = this.group.awaitPrimary();
		assertThat(next).isNotSameAs(primary);
		await(() -> hasTable(next, "ledger") && count(next, "ledger") == 50);
		reql(next).value("[56,[" + ReqlTester.table("ledger") + ",{'id':50}]]");
		for (Engine member : this.group.engines) {
			if (member != null) {
				await(() -> count(member, "ledger") == 51);
				assertThat(reql(member).value("[16,[" + ReqlTester.table("ledger") + ",0]]"))
					.isEqualTo(Map.of("id", 0.0));
			}
		}
	}

	@Test
	void closingThePrimaryShouldEndItsFeedsWithTableUnavailable() throws Exception {
		Engine primary = this.group.awaitPrimary();
		reql(primary).table("watched", "[]");
		ResultStream feed = ((QueryResult.Sequence) reql(primary).result("[152,[" + ReqlTester.table("watched") + "]]",
				"{}"))
			.stream();
		reql(primary).value("[56,[" + ReqlTester.table("watched") + ",{'id':1}]]");
		List<Object> rows = feed.nextBatch().rows();
		while (rows.isEmpty()) {
			// a feed's first batch may come before any change
			rows = feed.nextBatch().rows();
		}
		assertThat(rows).hasSize(1);
		@SuppressWarnings("unchecked")
		Map<String, Object> change = (Map<String, Object>) rows.get(0);
		assertThat(change).containsEntry("old_val", null).containsEntry("new_val", Map.of("id", 1.0));
		this.group.engines.set(this.group.engines.indexOf(primary), null);
		primary.close();
		assertThatExceptionOfType(QueryException.class).isThrownBy(feed::nextBatch)
			.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo(ErrorType.OP_FAILED))
			.withMessage("Changefeed aborted (table unavailable).");
	}

	@Test
	void stoppedMemberShouldRejoinAsStandbyAndCatchUp() {
		Engine primary = this.group.awaitPrimary();
		reql(primary).table("visits", "[{'id':1}]");
		Engine standby = this.group.standbys(primary).get(0);
		await(() -> hasTable(standby, "visits") && count(standby, "visits") == 1);
		int stopped = this.group.engines.indexOf(standby);
		standby.close();
		this.group.engines.set(stopped, null);
		reql(primary).value("[56,[" + ReqlTester.table("visits") + ",[2,[{'id':2},{'id':3}]]]]");
		reql(primary).value("[60,['later']]");
		Engine restarted = this.group.open(stopped, this.group.peers);
		this.group.engines.set(stopped, restarted);
		await(() -> hasTable(restarted, "later") && count(restarted, "visits") == 3);
		assertThat(restarted.role()).isEqualTo("standby");
		assertThat(reql(restarted).value("[16,[" + ReqlTester.table("visits") + ",3]]")).isEqualTo(Map.of("id", 3.0));
	}

	@Test
	void majorityReadShouldBeAnsweredByThePrimaryAndByAStandby() {
		Engine primary = this.group.awaitPrimary();
		reql(primary).table("facts", "[{'id':1}]");
		assertThat(reql(primary).value("[16,[" + ReqlTester.table("facts") + ",1]]", "{'read_mode':'majority'}"))
			.isEqualTo(Map.of("id", 1.0));
		Engine standby = this.group.standbys(primary).get(0);
		await(() -> hasTable(standby, "facts"));
		assertThat(reql(standby).value("[16,[" + ReqlTester.table("facts") + ",1]]", "{'read_mode':'majority'}"))
			.isEqualTo(Map.of("id", 1.0));
		assertThat(reql(standby).value("[16,[" + ReqlTester.table("facts") + ",1]]", "{'read_mode':'outdated'}"))
			.isEqualTo(Map.of("id", 1.0));
	}

	/**
	 * RethinkDB serves {@code single} from the primary's data: a standby first learns the
	 * primary's commit index and applies up to it, so a write acknowledged just before is
	 * always seen.
	 */
	@Test
	void singleReadOnAStandbyShouldSeeEveryWriteAcknowledgedBeforeIt() {
		Engine primary = this.group.awaitPrimary();
		reql(primary).table("counter", "[{'id':1,'n':0}]");
		Engine standby = this.group.standbys(primary).get(0);
		await(() -> hasTable(standby, "counter"));
		for (int n = 1; n <= 20; n++) {
			reql(primary).value("[53,[[16,[" + ReqlTester.table("counter") + ",1]],{'n':" + n + "}]]");
			assertThat(reql(standby).value("[16,[" + ReqlTester.table("counter") + ",1]]"))
				.isEqualTo(Map.of("id", 1.0, "n", (double) n));
		}
	}

	@Test
	void singleReadOnAStandbyWithoutAPrimaryShouldFailAndOutdatedShouldStillAnswer() {
		Engine primary = this.group.awaitPrimary();
		reql(primary).table("facts", "[{'id':1}]");
		Engine standby = this.group.standbys(primary).get(0);
		await(() -> count(standby, "facts") == 1);
		for (Engine other : this.group.running()) {
			if (other != standby) {
				this.group.stop(other);
			}
		}
		QueryException failure = reql(standby).error("[16,[" + ReqlTester.table("facts") + ",1]]");
		assertThat(failure.errorType()).isEqualTo(ErrorType.OP_FAILED);
		assertThat(failure.getMessage()).startsWith("Cannot perform read: server `");
		assertThat(reql(standby).value("[16,[" + ReqlTester.table("facts") + ",1]]", "{'read_mode':'outdated'}"))
			.isEqualTo(Map.of("id", 1.0));
	}

	@Test
	void majorityReadShouldFailOnAPrimaryCutOffFromTheOthers() {
		Engine primary = this.group.awaitPrimary();
		reql(primary).table("facts", "[{'id':1}]");
		for (Engine standby : this.group.standbys(primary)) {
			this.group.engines.set(this.group.engines.indexOf(standby), null);
			standby.close();
		}
		QueryException failure = reql(primary).error("[16,[" + ReqlTester.table("facts") + ",1]]",
				"{'read_mode':'majority'}");
		assertThat(failure.errorType()).isEqualTo(ErrorType.OP_FAILED);
		assertThat(failure.getMessage()).containsAnyOf("could not confirm with a majority", "is a standby");
		assertThat(reql(primary).value("[16,[" + ReqlTester.table("facts") + ",1]]", "{'read_mode':'outdated'}"))
			.isEqualTo(Map.of("id", 1.0));
	}

}
