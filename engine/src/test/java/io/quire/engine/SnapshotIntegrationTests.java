package io.quire.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.quire.engine.catalog.DefaultCatalog;
import io.quire.engine.catalog.IndexStatus;
import io.quire.engine.query.ReqlQueryRunner;
import io.quire.engine.query.ReqlTester;
import io.quire.engine.storage.Storage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.quire.engine.GroupTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three engines in one JVM with a snapshot every 20 applied entries and small log files:
 * the log is purged behind each snapshot, and a member behind the purged log (stopped
 * meanwhile, or wiped) catches up from a snapshot of the primary's store plus the log.
 */
class SnapshotIntegrationTests {

	private static final String PASSWORD = "s3cret";

	private static final long THRESHOLD = 20;

	private static final Pattern SEGMENT = Pattern.compile("log_(?:inprogress_)?(\\d+)(?:-\\d+)?");

	@TempDir
	Path directory;

	private final List<ClusterOptions.Peer> peers = new ArrayList<>();

	private final List<Engine> engines = new ArrayList<>();

	@BeforeEach
	void startGroup() throws IOException {
		for (int i = 1; i <= 3; i++) {
			this.peers.add(new ClusterOptions.Peer("n" + i, "127.0.0.1", LoopbackPorts.next(), 28114 + i));
		}
		for (int i = 0; i < 3; i++) {
			this.engines.add(open(i));
		}
	}

	private Engine open(int member) {
		ClusterOptions options = GroupTestSupport.member(this.peers.get(member).id(), this.peers)
			.withSnapshotThreshold(THRESHOLD)
			.withLogSegmentSize(1024);
		return Engine.open(memberDirectory(member), "n" + (member + 1), options, PASSWORD);
	}

	private Path memberDirectory(int member) {
		return this.directory.resolve("n" + (member + 1));
	}

	@AfterEach
	void stopGroup() {
		this.engines.stream().filter((engine) -> engine != null).forEach(Engine::close);
	}

	@Test
	void logShouldBePurgedUpToASnapshotOnEveryMemberAfterEnoughWrites() {
		Engine primary = awaitPrimary();
		reql(primary).table("events", "[]");
		insert(primary, "events", 0, 100);
		for (int member = 0; member < 3; member++) {
			int index = member;
			// old snapshots are deleted once a new one is complete: never more than two
			// for long
			await(() -> logStart(index) > THRESHOLD && snapshots(index).size() >= 1 && snapshots(index).size() <= 2);
		}
	}

	@Test
	void memberStoppedWhileTheOthersPurgedTheirLogShouldCatchUpOnRestart() {
		Engine primary = awaitPrimary();
		reql(primary).table("orders", "[]");
		insert(primary, "orders", 0, 10);
		Engine standby = standbys(primary).get(0);
		await(() -> count(standby, "orders") == 10);
		long stoppedAt = appliedIndex(standby);
		int stopped = stop(standby);
		insert(primary, "orders", 10, 100);
		awaitPurgedPast(stoppedAt, stopped);
		Engine restarted = open(stopped);
		this.engines.set(stopped, restarted);
		await(() -> count(restarted, "orders") == 100);
		assertThat(reql(restarted).value("[16,[" + ReqlTester.table("orders") + ",99]]")).isEqualTo(Map.of("id", 99.0));
		assertThat(restarted.role()).isEqualTo("standby");
	}

	@Test
	void memberWhoseDirectoriesWereDeletedShouldRejoinWithEveryRowTableIndexAndUser() throws IOException {
		Engine primary = awaitPrimary();
		ReqlTester reql = reql(primary);
		reql.value("[57,['archive']]");
		reql.value("[60,[[14,['archive']],'books']]");
		reql.value("[75,[[15,[[14,['archive']],'books']],'author']]");
		reql.value("[140,[[15,[[14,['archive']],'books']]]]");
		reql.value("[56,[[15,[[14,['archive']],'books']],{'id':1,'author':'le guin'}]]");
		reql.value("[56,[[15,[[14,['rethinkdb']],'users']],{'id':'bob','password':'pw'}]]");
		reql.table("notes", "[]");
		insert(primary, "notes", 0, 60);
		Engine standby = standbys(primary).get(0);
		int wiped = stop(standby);
		delete(memberDirectory(wiped));
		insert(primary, "notes", 60, 80);
		awaitPurgedPast(0, wiped);
		Engine rejoined = open(wiped);
		this.engines.set(wiped, rejoined);
		await(() -> count(rejoined, "notes") == 80 && count(rejoined, "archive", "books") == 1
				&& rejoined.catalog().table("archive", "books").indexes().stream().allMatch(IndexStatus::ready)
				&& rejoined.users().account("bob") != null);
		assertThat(reql(rejoined).json("[78,[[15,[[14,['archive']],'books']],'le guin'],{'index':'author'}]"))
			.isEqualTo("[{\"author\":\"le guin\",\"id\":1}]");
		assertThat(rejoined.users().account("bob").credential().matches("pw")).isTrue();
		assertThat(rejoined.catalog().database("test").get("id"))
			.isEqualTo(primary.catalog().database("test").get("id"));
		stop(rejoined);
		Engine reopened = open(wiped);
		this.engines.set(wiped, reopened);
		assertThat(reopened.serverId()).isEqualTo(this.peers.get(wiped).serverId());
		await(() -> count(reopened, "notes") == 80);
	}

	@Test
	void restartedMembersWithSnapshotsShouldApplyEveryLaterEntryOnce() {
		Engine primary = awaitPrimary();
		reql(primary).table("ledger", "[]");
		insert(primary, "ledger", 0, 70);
		for (int member = 0; member < 3; member++) {
			int index = member;
			await(() -> !snapshots(index).isEmpty() && count(this.engines.get(index), "ledger") == 70);
		}
		for (int member = 0; member < 3; member++) {
			stop(this.engines.get(member));
		}
		for (int member = 0; member < 3; member++) {
			this.engines.set(member, open(member));
		}
		Engine next = awaitPrimary();
		reql(next).value("[56,[" + ReqlTester.table("ledger") + ",{'id':70}]]");
		for (Engine member : this.engines) {
			await(() -> count(member, "ledger") == 71);
			assertThat(reql(member).value("[16,[" + ReqlTester.table("ledger") + ",0]]")).isEqualTo(Map.of("id", 0.0));
		}
	}

	private void insert(Engine primary, String table, int from, int to) {
		for (int i = from; i < to; i++) {
			reql(primary).value("[56,[" + ReqlTester.table(table) + ",{'id':" + i + "}]]");
		}
	}

	/** Closes a member; returns its position. */
	private int stop(Engine member) {
		int position = this.engines.indexOf(member);
		this.engines.set(position, null);
		member.close();
		return position;
	}

	/** Waits until every running member's log starts after {@code index}. */
	private void awaitPurgedPast(long index, int stopped) {
		for (int member = 0; member < 3; member++) {
			if (member != stopped) {
				int running = member;
				await(() -> logStart(running) > index + 1);
			}
		}
	}

	/** The index of the first entry a member's Raft log still holds. */
	private long logStart(int member) {
		return raftFiles(member).map((file) -> SEGMENT.matcher(file.getFileName().toString()))
			.filter(Matcher::matches)
			.mapToLong((name) -> Long.parseLong(name.group(1)))
			.min()
			.orElse(0);
	}

	private List<Path> snapshots(int member) {
		return raftFiles(member).filter((file) -> file.getFileName().toString().matches("snapshot\\.\\d+_\\d+"))
			.toList();
	}

	private Stream<Path> raftFiles(int member) {
		Path raft = memberDirectory(member).resolve("raft");
		if (!Files.isDirectory(raft)) {
			return Stream.empty();
		}
		try (Stream<Path> files = Files.walk(raft)) {
			return files.toList().stream();
		}
		catch (IOException | UncheckedIOException ex) {
			// a purge or a snapshot's cleanup deleted a file on the way: nothing seen
			// this
			// time, the caller polls again
			return Stream.empty();
		}
	}

	/** The index of the last log entry applied to a member's store. */
	private static long appliedIndex(Engine member) {
		Storage store = ((DefaultCatalog) member.catalog()).storage();
		byte[] applied = store.get(Storage.METADATA, "cluster:applied".getBytes(StandardCharsets.UTF_8));
		return ByteBuffer.wrap(applied).getLong(Long.BYTES);
	}

	private static void delete(Path tree) throws IOException {
		try (Stream<Path> files = Files.walk(tree)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	private Engine awaitPrimary() {
		Engine[] found = new Engine[1];
		await(() -> {
			List<Engine> primaries = this.engines.stream()
				.filter((engine) -> engine != null && engine.role().equals("primary")
						&& engine.catalog().databaseNames().contains("test"))
				.toList();
			found[0] = (primaries.size() == 1) ? primaries.get(0) : null;
			return found[0] != null;
		});
		return found[0];
	}

	private List<Engine> standbys(Engine primary) {
		return this.engines.stream().filter((engine) -> engine != null && engine != primary).toList();
	}

	private static ReqlTester reql(Engine engine) {
		return new ReqlTester(engine.catalog(), (ReqlQueryRunner) engine.queryRunner());
	}

	private static long count(Engine engine, String table) {
		return count(engine, "test", table);
	}

	private static long count(Engine engine, String database, String table) {
		if (!engine.catalog().databaseNames().contains(database)
				|| !engine.catalog().tableNames(database).contains(table)) {
			return -1;
		}
		return engine.catalog().table(database, table).count();
	}

}
