package io.quire.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.gen.exc.ReqlError;
import com.rethinkdb.net.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three server jars on loopback form a replicated group. Clients write to the primary
 * with the official driver; the primary is killed with SIGKILL under that load; a new
 * primary must take writes within 5 s, and every write acknowledged before, during and
 * after must be on every surviving member.
 */
class ReplicationFailoverIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	/** A bound on starting, electing and catching up, not a measured time. */
	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private static final int WRITERS = 3;

	@TempDir
	Path work;

	private final List<ServerJvm> members = new ArrayList<>();

	private final List<Integer> driverPorts = new ArrayList<>();

	private final Set<Integer> alive = ConcurrentHashMap.newKeySet();

	/** Acknowledged ids, with who acknowledged them and when. */
	private final Map<String, Ack> ledger = new ConcurrentHashMap<>();

	private final AtomicInteger primary = new AtomicInteger();

	private final AtomicBoolean writing = new AtomicBoolean(true);

	@AfterEach
	void stopMembers() throws InterruptedException {
		this.writing.set(false);
		for (ServerJvm member : this.members) {
			member.close();
		}
	}

	@Test
	void killingThePrimaryUnderWritesShouldKeepEveryAcknowledgedWriteOnEverySurvivor() throws Exception {
		startGroup();
		this.primary.set(createTableOnThePrimary());
		List<Thread> writers = startWriters();
		Poll.until(PATIENCE, () -> this.ledger.size() >= 30, this::state);
		int killed = this.primary.get();
		this.alive.remove(killed);
		this.members.get(killed).kill();
		long killedAt = System.nanoTime();
		Poll.until(PATIENCE, () -> acknowledgedByOthers(killed) >= 30, this::state);
		this.writing.set(false);
		for (Thread writer : writers) {
			writer.join();
		}
		long firstAfterKill = this.ledger.values()
			.stream()
			.filter((ack) -> ack.member() != killed)
			.mapToLong(Ack::at)
			.min()
			.orElseThrow();
		assertThat(Duration.ofNanos(firstAfterKill - killedAt))
			.as("time from the kill to the first write a new primary acknowledged")
			.isLessThan(Duration.ofSeconds(5));
		for (int member : this.alive) {
			Poll.until(PATIENCE, () -> storedIds(member).containsAll(this.ledger.keySet()), this::state);
			assertThat(storedIds(member)).containsAll(this.ledger.keySet());
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
			Path directory = Files.createDirectories(this.work.resolve("n" + i));
			this.members.add(ServerJvm.start(directory.resolve("data"), directory, this.driverPorts.get(i), 0,
					"--quire.server.cluster.node-id=n" + i, "--quire.server.cluster.peers=" + peers,
					"--quire.server.cluster.raft-port=" + raftPorts.get(i)));
		}
		for (int i = 0; i < 3; i++) {
			assertThat(this.members.get(i).awaitDriverPort()).isEqualTo(this.driverPorts.get(i));
			this.alive.add(i);
		}
	}

	/** Creates the table on whichever member accepts it: the primary, once elected. */
	private int createTableOnThePrimary() throws InterruptedException {
		int[] created = { -1 };
		Poll.until(PATIENCE, () -> {
			for (int member = 0; member < 3 && created[0] < 0; member++) {
				try (Connection connection = connect(member)) {
					r.tableCreate("ledger").run(connection);
					created[0] = member;
				}
				catch (ReqlError ex) {
					// a standby, or no primary yet
				}
			}
			return created[0] >= 0;
		}, this::state);
		return created[0];
	}

	private List<Thread> startWriters() {
		List<Thread> writers = new ArrayList<>();
		for (int i = 0; i < WRITERS; i++) {
			int writer = i;
			Thread thread = new Thread(() -> write(writer), "writer-" + i);
			thread.start();
			writers.add(thread);
		}
		return writers;
	}

	/**
	 * Inserts new ids one by one; after a failure (a standby's refusal, a dead socket) it
	 * moves on to the next live member. An id is in the ledger only once acknowledged.
	 */
	private void write(int writer) {
		int sequence = 0;
		int target = this.primary.get();
		while (this.writing.get()) {
			try (Connection connection = connect(target)) {
				while (this.writing.get()) {
					String id = "w" + writer + "-" + sequence++;
					Map<?, ?> result = r.table("ledger")
						.insert(Map.of("id", id))
						.optArg("durability", "hard")
						.runAtom(connection, Map.class);
					if (!Long.valueOf(1).equals(result.get("inserted"))) {
						break;
					}
					this.ledger.put(id, new Ack(target, System.nanoTime()));
				}
			}
			catch (RuntimeException ex) {
				// the member is gone or refused: try the next one
			}
			target = nextAlive(target);
			pause();
		}
	}

	private int nextAlive(int member) {
		for (int step = 1; step <= 3; step++) {
			int next = (member + step) % 3;
			if (this.alive.contains(next)) {
				return next;
			}
		}
		return member;
	}

	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private long acknowledgedByOthers(int member) {
		return this.ledger.values().stream().filter((ack) -> ack.member() != member).count();
	}

	/** Every id a member stores, read from its own applied state. */
	private Set<Object> storedIds(int member) {
		try (Connection connection = connect(member)) {
			List<?> ids = r.table("ledger")
				.optArg("read_mode", "outdated")
				.getField("id")
				.coerceTo("array")
				.runAtom(connection, List.class);
			return new HashSet<>(ids);
		}
		catch (RuntimeException ex) {
			return Set.of();
		}
	}

	private Connection connect(int member) {
		return r.connection().hostname("127.0.0.1").port(this.driverPorts.get(member)).connect();
	}

	private String state() {
		StringBuilder state = new StringBuilder("acknowledged " + this.ledger.size() + ", alive " + this.alive);
		for (int member : this.alive) {
			state.append("\n--- n").append(member).append(" ---\n").append(tail(this.members.get(member).log()));
		}
		return state.toString();
	}

	private static String tail(String log) {
		return log.substring(Math.max(0, log.length() - 3000));
	}

	/** A write acknowledged by a member at a {@link System#nanoTime}. */
	private record Ack(int member, long at) {
	}

}
