package io.quire.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.gen.exc.ReqlError;
import com.rethinkdb.net.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three server jars on loopback with a snapshot every 50 entries. A standby is killed
 * with SIGKILL and its whole data directory (store and Raft log) deleted while the
 * primary writes on and purges its log; restarted empty with the same node id and peers,
 * it gets the primary's snapshot and then the log, and ends with every row.
 */
class ReplicationWipedMemberIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	/** A bound on starting, electing and catching up, not a measured time. */
	private static final Duration PATIENCE = Duration.ofSeconds(120);

	/**
	 * Rows of 100 KB, so that the Raft log fills whole 8 MB files that a purge removes.
	 */
	private static final String PAYLOAD = "x".repeat(100_000);

	@TempDir
	Path work;

	private final List<ServerJvm> members = new ArrayList<>();

	private final List<Integer> driverPorts = new ArrayList<>();

	private final List<String[]> arguments = new ArrayList<>();

	@AfterEach
	void stopMembers() throws InterruptedException {
		for (ServerJvm member : this.members) {
			member.close();
		}
	}

	@Test
	void standbyRestartedWithItsDirectoriesDeletedShouldRejoinWithEveryRow() throws Exception {
		startGroup();
		int primary = createTableOnThePrimary();
		insert(primary, 0, 120);
		int wiped = (primary + 1) % 3;
		Poll.until(PATIENCE, () -> count(wiped) == 120, () -> this.members.get(wiped).log());
		this.members.get(wiped).kill();
		deleteTree(this.work.resolve("n" + wiped).resolve("data"));
		insert(primary, 120, 200);
		this.members.set(wiped, start(wiped));
		this.members.get(wiped).awaitDriverPort();
		Poll.until(PATIENCE, () -> count(wiped) == 200, () -> this.members.get(wiped).log());
		assertThat(this.members.get(wiped).log()).contains("Restoring the store from snapshot");
		try (Connection connection = connect(wiped)) {
			Map<?, ?> last = r.table("rows").optArg("read_mode", "outdated").get(199).runAtom(connection, Map.class);
			assertThat(last.get("payload")).isEqualTo(PAYLOAD);
		}
	}

	private void startGroup() throws Exception {
		List<Integer> raftPorts = new ArrayList<>();
		StringBuilder peers = new StringBuilder();
		for (int i = 0; i < 3; i++) {
			this.driverPorts.add(LocalPorts.free());
			raftPorts.add(LocalPorts.free());
			peers.append((i > 0) ? "," : "")
				.append("n" + i + "=127.0.0.1:" + raftPorts.get(i) + "/" + this.driverPorts.get(i));
		}
		for (int i = 0; i < 3; i++) {
			this.arguments.add(new String[] { "--quire.server.cluster.node-id=n" + i,
					"--quire.server.cluster.peers=" + peers, "--quire.server.cluster.raft-port=" + raftPorts.get(i),
					"--quire.server.cluster.snapshot-threshold=50" });
			this.members.add(start(i));
		}
		for (int i = 0; i < 3; i++) {
			assertThat(this.members.get(i).awaitDriverPort()).isEqualTo(this.driverPorts.get(i));
		}
	}

	private ServerJvm start(int member) throws IOException {
		Path directory = Files.createDirectories(this.work.resolve("n" + member));
		return ServerJvm.start(directory.resolve("data"), directory, this.driverPorts.get(member), 0,
				this.arguments.get(member));
	}

	/** Creates the table on whichever member accepts it: the primary, once elected. */
	private int createTableOnThePrimary() throws InterruptedException {
		int[] created = { -1 };
		Poll.until(PATIENCE, () -> {
			for (int member = 0; member < 3 && created[0] < 0; member++) {
				try (Connection connection = connect(member)) {
					r.tableCreate("rows").run(connection);
					created[0] = member;
				}
				catch (ReqlError ex) {
					// a standby, or no primary yet
				}
			}
			return created[0] >= 0;
		}, () -> "no primary took the table");
		return created[0];
	}

	private void insert(int primary, int from, int to) {
		try (Connection connection = connect(primary)) {
			for (int id = from; id < to; id++) {
				Map<?, ?> result = r.table("rows")
					.insert(Map.of("id", id, "payload", PAYLOAD))
					.optArg("durability", "hard")
					.runAtom(connection, Map.class);
				assertThat(result.get("inserted")).isEqualTo(1L);
			}
		}
	}

	/**
	 * Rows a member holds, read from its own applied state; -1 while it cannot answer.
	 */
	private long count(int member) {
		try (Connection connection = connect(member)) {
			return r.table("rows").optArg("read_mode", "outdated").count().runAtom(connection, Long.class);
		}
		catch (RuntimeException ex) {
			return -1;
		}
	}

	private Connection connect(int member) {
		return r.connection().hostname("127.0.0.1").port(this.driverPorts.get(member)).connect();
	}

	private static void deleteTree(Path tree) throws IOException {
		try (Stream<Path> files = Files.walk(tree)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}
