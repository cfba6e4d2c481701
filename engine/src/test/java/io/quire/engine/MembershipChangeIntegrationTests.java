package io.quire.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
import static io.quire.engine.TestGroup.reql;
import static io.quire.engine.TestGroup.systemRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Members added and removed at run time through {@code server_config} on the primary: a
 * new member catches up from the log and then counts in the majority, a removed member no
 * longer does, and unsafe or misplaced changes are refused with clear errors.
 */
class MembershipChangeIntegrationTests {

	private static final String SERVER_CONFIG = "[15,[[14,['rethinkdb']],'server_config']]";

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
	void fourthMemberAddedAtRunTimeShouldReceiveEveryRowThenCountInTheMajority() throws IOException {
		Engine primary = this.group.awaitPrimary();
		reql(primary).table("ledger", "[]");
		for (int i = 0; i < 20; i++) {
			reql(primary).value("[56,[" + ReqlTester.table("ledger") + ",{'id':" + i + "}]]");
		}
		ClusterOptions.Peer fourth = TestGroup.peer(3);
		Engine added = this.group.startNew(fourth);
		assertThat(reql(primary).json(insert(fourth))).contains("\"inserted\":1");
		await(() -> count(added, "ledger") == 20);
		for (Engine member : this.group.running()) {
			await(() -> systemRows(member, "server_status").size() == 4);
		}
		assertThat(systemRows(primary, "server_config")).extracting((row) -> row.get("id"))
			.contains(fourth.serverId().toString());
		Engine standby = this.group.standbys(primary).stream().filter((engine) -> engine != added).findFirst().get();
		this.group.stop(standby);
		// four members: this write needs three, so the new member must have acknowledged
		reql(primary).value("[56,[" + ReqlTester.table("ledger") + ",{'id':20}]]", "{'durability':'hard'}");
		await(() -> count(added, "ledger") == 21);
		assertThat(added.role()).isEqualTo("standby");
		await(() -> added.primaryAddress().equals(primary.primaryAddress()));
	}

	@Test
	void memberRestartedWithTheOldPeersShouldKeepTheAddedMemberFromTheLog() throws IOException {
		Engine primary = this.group.awaitPrimary();
		List<ClusterOptions.Peer> oldPeers = List.copyOf(this.group.peers);
		Engine added = this.group.startNew(TestGroup.peer(3));
		assertThat(reql(primary).json(insert(this.group.peerOf(added)))).contains("\"inserted\":1");
		Engine standby = this.group.standbys(primary).stream().filter((engine) -> engine != added).findFirst().get();
		int slot = this.group.engines.indexOf(standby);
		this.group.stop(standby);
		Engine restarted = this.group.open(slot, oldPeers);
		this.group.engines.set(slot, restarted);
		await(() -> systemRows(restarted, "server_status").size() == 4);
		assertThat(systemRows(restarted, "server_status")).extracting((row) -> row.get("name"))
			.contains(this.group.peerOf(added).id());
	}

	@Test
	void addingAMemberThatIsNotRunningShouldFailAndLeaveTheGroupAsItWas() throws IOException {
		Engine primary = this.group.awaitPrimary();
		reql(primary).table("notes", "[]");
		ClusterOptions.Peer absent = TestGroup.peer(3);
		assertThat(reql(primary).json(insert(absent))).contains("\"errors\":1")
			.contains("Could not add server `n4` at " + absent.raftAddress() + " (it must be running");
		assertThat(systemRows(primary, "server_status")).hasSize(3);
		reql(primary).value("[56,[" + ReqlTester.table("notes") + ",{'id':1}]]", "{'durability':'hard'}");
	}

	@Test
	void removedMemberShouldLeaveTheConfigurationAndTheMajority() {
		Engine primary = this.group.awaitPrimary();
		reql(primary).table("notes", "[]");
		Engine removed = this.group.standbys(primary).get(0);
		String removedId = this.group.peerOf(removed).serverId().toString();
		String removedName = this.group.peerOf(removed).id();
		assertThat(reql(primary).json("[54,[[39,[" + SERVER_CONFIG + ",{'name':'" + removedName + "'}]]]]"))
			.contains("\"deleted\":1");
		await(() -> this.group.running()
			.stream()
			.filter((engine) -> engine != removed)
			.allMatch((engine) -> systemRows(engine, "server_status").size() == 2));
		this.group.stop(removed);
		reql(primary).value("[56,[" + ReqlTester.table("notes") + ",{'id':1}]]", "{'durability':'hard'}");
		assertThat(systemRows(primary, "current_issues")).isEmpty();
		assertThat(systemRows(primary, "server_config")).extracting((row) -> row.get("id")).doesNotContain(removedId);
	}

	@Test
	void removedMemberShouldRefuseReadsOfUserTablesInEveryReadMode() {
		Engine primary = this.group.awaitPrimary();
		reql(primary).table("notes", "[{'id':1}]");
		Engine removed = this.group.standbys(primary).get(0);
		await(() -> count(removed, "notes") == 1);
		String removedName = this.group.peerOf(removed).id();
		String get = "[16,[" + ReqlTester.table("notes") + ",1]]";
		assertThat(reql(primary).json("[54,[[39,[" + SERVER_CONFIG + ",{'name':'" + removedName + "'}]]]]"))
			.contains("\"deleted\":1");
		await(() -> refusesAsNotAMember(removed, get, "{'read_mode':'outdated'}"));
		for (String mode : List.of("single", "majority", "outdated")) {
			QueryException refusal = reql(removed).error(get, "{'read_mode':'" + mode + "'}");
			assertThat(refusal.errorType()).isEqualTo(ErrorType.OP_FAILED);
			assertThat(refusal.getMessage())
				.startsWith("Cannot perform read: server `" + removedName + "` is not a member of the group");
		}
		assertThat(systemRows(removed, "server_status")).isNotEmpty();
		assertThat(reql(primary).value(get)).isEqualTo(java.util.Map.of("id", 1.0));
	}

	@Test
	void removedMemberShouldEndItsFeedsAndCallItselfRemoved() {
		Engine primary = this.group.awaitPrimary();
		reql(primary).table("notes", "[{'id':1}]");
		Engine removed = this.group.standbys(primary).get(0);
		await(() -> count(removed, "notes") == 1);
		assertThat(removed.role()).isEqualTo("standby");
		ResultStream feed = ((QueryResult.Sequence) reql(removed).result("[152,[" + ReqlTester.table("notes") + "]]",
				"{'read_mode':'outdated'}"))
			.stream();
		String removedName = this.group.peerOf(removed).id();
		assertThat(reql(primary).json("[54,[[39,[" + SERVER_CONFIG + ",{'name':'" + removedName + "'}]]]]"))
			.contains("\"deleted\":1");
		await(() -> removed.role().equals("removed"));
		QueryException ended = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
			while (true) {
				try {
					feed.nextBatch();
				}
				catch (QueryException ex) {
					return ex;
				}
			}
		});
		assertThat(ended.errorType()).isEqualTo(ErrorType.OP_FAILED);
		assertThat(ended).hasMessage("Changefeed aborted (table unavailable).");
		assertThat(this.group.running()).filteredOn((engine) -> engine != removed)
			.extracting(Engine::role)
			.containsOnly("primary", "standby");
	}

	private static boolean refusesAsNotAMember(Engine engine, String term, String optargs) {
		try {
			reql(engine).value(term, optargs);
			return false;
		}
		catch (QueryException ex) {
			return ex.getMessage().contains("is not a member of the group");
		}
	}

	@Test
	void removedPrimaryShouldHandOverToARemainingMember() {
		Engine primary = this.group.awaitPrimary();
		reql(primary).table("notes", "[{'id':1}]");
		String name = this.group.peerOf(primary).id();
		assertThat(reql(primary).json("[54,[[39,[" + SERVER_CONFIG + ",{'name':'" + name + "'}]]]]"))
			.contains("\"deleted\":1");
		this.group.stop(primary);
		Engine next = this.group.awaitPrimary();
		reql(next).value("[56,[" + ReqlTester.table("notes") + ",{'id':2}]]", "{'durability':'hard'}");
		for (Engine member : this.group.running()) {
			await(() -> count(member, "notes") == 2 && systemRows(member, "server_status").size() == 2);
		}
	}

	@Test
	void unsafeOrMisplacedChangesShouldBeRefused() throws IOException {
		Engine primary = this.group.awaitPrimary();
		ClusterOptions.Peer existing = this.group.peerOf(this.group.standbys(primary).get(0));
		ClusterOptions.Peer duplicate = new ClusterOptions.Peer(existing.id(), "127.0.0.1", 1, 2);
		assertThat(reql(primary).json(insert(duplicate)))
			.contains("Cannot add server `" + existing.id() + "`: a member of that name is already in the group");
		ClusterOptions.Peer sameAddress = new ClusterOptions.Peer("n9", existing.host(), existing.raftPort(), 2);
		assertThat(reql(primary).json(insert(sameAddress)))
			.contains("member `" + existing.id() + "` already uses Raft address " + existing.raftAddress());
		Engine standby = this.group.standbys(primary).get(0);
		await(() -> standby.primaryAddress().isPresent());
		QueryException refusal = reql(standby).error(insert(TestGroup.peer(3)));
		assertThat(refusal.errorType()).isEqualTo(ErrorType.OP_FAILED);
		assertThat(refusal.getMessage()).startsWith("Cannot perform membership change: server `")
			.contains("the primary is `" + this.group.peerOf(primary).id() + "`");
		assertThat(reql(primary).json("[56,[" + SERVER_CONFIG + ",{'name':'n9','host':'127.0.0.1'}]]"))
			.contains("Expected a field named `raft_port`.");
		assertThat(systemRows(primary, "server_status")).hasSize(3);
	}

	private static String insert(ClusterOptions.Peer peer) {
		return "[56,[" + SERVER_CONFIG + ",{'name':'" + peer.id() + "','host':'" + peer.host() + "','raft_port':"
				+ peer.raftPort() + ",'driver_port':" + peer.driverPort() + "}]]";
	}

}
