package io.quire.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quire.engine.query.ReqlQueryRunner;
import io.quire.engine.query.ReqlTester;

import static io.quire.engine.GroupTestSupport.await;

/**
 * A group of engines in one JVM for the replication tests: member {@code i} is
 * {@code n<i+1>} on its own RocksDB directory and loopback Raft port; a member closed by
 * {@link #stop} leaves a {@code null} slot.
 */
final class TestGroup implements AutoCloseable {

	static final String PASSWORD = "s3cret";

	private final Path directory;

	final List<ClusterOptions.Peer> peers = new ArrayList<>();

	final List<Engine> engines = new ArrayList<>();

	TestGroup(Path directory, int size) {
		this.directory = directory;
		for (int i = 0; i < size; i++) {
			this.peers.add(peer(i));
		}
		for (int i = 0; i < size; i++) {
			this.engines.add(open(i, this.peers));
		}
	}

	/** The settings of a member {@code n<i+1>} that is not started yet. */
	static ClusterOptions.Peer peer(int i) {
		return new ClusterOptions.Peer("n" + (i + 1), "127.0.0.1", LoopbackPorts.next(), 28014 + i + 1);
	}

	/** Opens member {@code i} with {@code peers} as its peers setting. */
	Engine open(int i, List<ClusterOptions.Peer> peers) {
		ClusterOptions options = GroupTestSupport.member(peers.get(i).id(), peers);
		return Engine.open(this.directory.resolve("n" + (i + 1)), "n" + (i + 1), options, PASSWORD);
	}

	/** Starts a new process's member with every member so far and itself as peers. */
	Engine startNew(ClusterOptions.Peer peer) {
		this.peers.add(peer);
		Engine engine = open(this.peers.size() - 1, this.peers);
		this.engines.add(engine);
		return engine;
	}

	ClusterOptions.Peer peerOf(Engine engine) {
		return this.peers.get(this.engines.indexOf(engine));
	}

	void stop(Engine engine) {
		this.engines.set(this.engines.indexOf(engine), null);
		engine.close();
	}

	Engine awaitPrimary() {
		Engine[] found = new Engine[1];
		await(() -> {
			List<Engine> primaries = running().stream()
				.filter((engine) -> engine.role().equals("primary")
						&& engine.catalog().databaseNames().contains("test"))
				.toList();
			found[0] = (primaries.size() == 1) ? primaries.get(0) : null;
			return found[0] != null;
		});
		return found[0];
	}

	List<Engine> running() {
		return this.engines.stream().filter((engine) -> engine != null).toList();
	}

	List<Engine> standbys(Engine primary) {
		return running().stream().filter((engine) -> engine != primary).toList();
	}

	static ReqlTester reql(Engine engine) {
		return new ReqlTester(engine.catalog(), (ReqlQueryRunner) engine.queryRunner());
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> systemRows(Engine engine, String table) {
		return (List<Map<String, Object>>) reql(engine).value("[15,[[14,['rethinkdb']],'" + table + "']]");
	}

	static long count(Engine engine, String table) {
		return count(engine, "test", table);
	}

	/** The rows of a table on a member, -1 while it does not have the table yet. */
	static long count(Engine engine, String database, String table) {
		if (!engine.catalog().databaseNames().contains(database)
				|| !engine.catalog().tableNames(database).contains(table)) {
			return -1;
		}
		return engine.catalog().table(database, table).count();
	}

	static boolean hasTable(Engine engine, String name) {
		return engine.catalog().databaseNames().contains("test") && engine.catalog().tableNames("test").contains(name);
	}

	@Override
	public void close() {
		running().forEach(Engine::close);
	}

}
