package io.quire.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.gen.exc.ReqlError;
import com.rethinkdb.net.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;

/**
 * Three server jars on loopback forming one replicated group, each with its own data
 * directory, driver port and Raft port, that a test kills with SIGKILL, freezes with
 * SIGSTOP, resumes and restarts on the same directories and ports. Members are numbered 0
 * to 2 ({@code n0} to {@code n2}); the live ones are those neither killed nor paused.
 */
final class ServerGroup implements AutoCloseable {

	/** A bound on starting, electing and catching up, not a measured time. */
	static final Duration PATIENCE = Duration.ofSeconds(90);

	static final int SIZE = 3;

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

	private static final RethinkDB r = RethinkDB.r;

	private final Path work;

	private final List<Integer> driverPorts = new ArrayList<>();

	private final List<Integer> raftPorts = new ArrayList<>();

	private final List<ServerJvm> members = new ArrayList<>();

	private final Set<Integer> alive = ConcurrentHashMap.newKeySet();

	private final Set<Integer> paused = ConcurrentHashMap.newKeySet();

	private ServerGroup(Path work) {
		this.work = work;
		for (int i = 0; i < SIZE; i++) {
			this.driverPorts.add(LocalPorts.free());
			this.raftPorts.add(LocalPorts.free());
		}
	}

	/** Starts the three members in {@code work} and waits until each accepts drivers. */
	static ServerGroup start(Path work) throws Exception {
		ServerGroup group = new ServerGroup(work);
		try {
			for (int i = 0; i < SIZE; i++) {
				group.members.add(group.launch(i));
			}
			for (int i = 0; i < SIZE; i++) {
				group.awaitUp(i);
			}
			return group;
		}
		catch (Exception | Error ex) {
			group.close();
			throw ex;
		}
	}

	private ServerJvm launch(int member) throws Exception {
		Path directory = Files.createDirectories(this.work.resolve("n" + member));
		return ServerJvm.start(directory.resolve("data"), directory, this.driverPorts.get(member), 0,
				"--quire.server.cluster.node-id=n" + member, "--quire.server.cluster.peers=" + peers(),
				"--quire.server.cluster.raft-port=" + this.raftPorts.get(member));
	}

	private String peers() {
		StringBuilder peers = new StringBuilder();
		for (int i = 0; i < SIZE; i++) {
			peers.append((i > 0) ? "," : "")
				.append("n" + i + "=127.0.0.1:" + this.raftPorts.get(i) + "/" + this.driverPorts.get(i));
		}
		return peers.toString();
	}

	private void awaitUp(int member) throws Exception {
		int port = this.members.get(member).awaitDriverPort();
		if (port != this.driverPorts.get(member)) {
			throw new IllegalStateException("n" + member + " listens on " + port);
		}
		this.alive.add(member);
	}

	/** Kills a member with SIGKILL: no shutdown hook runs. */
	void kill(int member) throws InterruptedException {
		this.alive.remove(member);
		this.members.get(member).kill();
	}

	/** Freezes a member with SIGSTOP; its sockets stay open and silent. */
	void pause(int member) throws InterruptedException {
		this.alive.remove(member);
		this.paused.add(member);
		this.members.get(member).pause();
	}

	/** Lets a paused member run on with SIGCONT. */
	void resume(int member) throws InterruptedException {
		this.members.get(member).resume();
		this.paused.remove(member);
		this.alive.add(member);
	}

	/**
	 * Starts a killed member again on its data directory and ports, and waits until it
	 * accepts drivers.
	 */
	void restart(int member) throws Exception {
		this.members.get(member).close();
		this.members.set(member, launch(member));
		awaitUp(member);
	}

	/** The members neither killed nor paused. */
	Set<Integer> alive() {
		return Set.copyOf(this.alive);
	}

	/** The next live member after {@code member}, round the group, or itself. */
	int nextAlive(int member) {
		for (int step = 1; step <= SIZE; step++) {
			int next = (member + step) % SIZE;
			if (this.alive.contains(next)) {
				return next;
			}
		}
		return member;
	}

	/**
	 * An official RethinkDB driver's connection to a member, its handshake bounded (the
	 * driver takes milliseconds) above the servers' 10 s write timeout, so that a write
	 * no majority confirms ends with the server's error.
	 */
	Connection connect(int member) {
		return r.connection()
			.hostname("127.0.0.1")
			.port(this.driverPorts.get(member))
			.timeout(CONNECT_TIMEOUT.toMillis())
			.connect();
	}

	int driverPort(int member) {
		return this.driverPorts.get(member);
	}

	/** Creates a table on whichever member accepts it (the primary, once elected). */
	int createTableOnThePrimary(String table) throws InterruptedException {
		int[] created = { -1 };
		Poll.until(PATIENCE, () -> {
			for (int member : new TreeSet<>(this.alive)) {
				try (Connection connection = connect(member)) {
					r.tableCreate(table).run(connection);
					created[0] = member;
					return true;
				}
				catch (ReqlError ex) {
					// a standby, or no primary yet
				}
			}
			return false;
		}, this::state);
		return created[0];
	}

	/** Every id of a table as a member has applied it, or none if it does not answer. */
	Set<Object> storedIds(int member, String table) {
		try (Connection connection = connect(member)) {
			List<?> ids = r.table(table)
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

	/** Waits until a live member says it is the primary, and returns it. */
	int awaitPrimary() throws InterruptedException {
		int[] primary = { -1 };
		Poll.until(PATIENCE, () -> {
			for (int member : new TreeSet<>(this.alive)) {
				if (roleOrNone(member).equals("primary")) {
					primary[0] = member;
					return true;
				}
			}
			return false;
		}, this::state);
		return primary[0];
	}

	/** Like {@link #role(int)}, or {@code none} when the member does not answer. */
	String roleOrNone(int member) {
		try {
			return role(member);
		}
		catch (RuntimeException ex) {
			return "none";
		}
	}

	/** A member's role as its SERVER_INFO tells Quire's driver. */
	String role(int member) {
		ConnectionOptions options = ConnectionOptions.builder()
			.host("127.0.0.1")
			.port(this.driverPorts.get(member))
			.connectTimeout(Duration.ofSeconds(5))
			.networkTimeout(Duration.ofSeconds(5))
			.build();
		try (io.quire.driver.Connection connection = ConnectionFactory.create(options).connect()) {
			return connection.serverInfo().role();
		}
	}

	/** The live members and the end of each one's log, for a failure message. */
	String state() {
		StringBuilder state = new StringBuilder("alive " + this.alive + ", paused " + this.paused);
		for (int member : new TreeSet<>(this.alive)) {
			String log = this.members.get(member).log();
			state.append("\n--- n")
				.append(member)
				.append(" ---\n")
				.append(log.substring(Math.max(0, log.length() - 3000)));
		}
		return state.toString();
	}

	/** Resumes paused members, so that they can stop, then stops every member. */
	@Override
	public void close() throws InterruptedException {
		for (int member : Set.copyOf(this.paused)) {
			resume(member);
		}
		for (ServerJvm member : this.members) {
			member.close();
		}
	}

}
