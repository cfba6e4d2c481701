package io.quire.bench;

import java.util.List;

import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.pool.ConnectionPool;
import io.quire.driver.pool.PoolOptions;

/** Opens the store of each system under test, by name. */
final class Systems {

	/** S1 through a pool of connections, one borrowed per operation. */
	static final String S1_POOL = "S1-pool";

	/**
	 * S1 through the same pool with the pool's default of one caller per connection, to
	 * choose that default.
	 */
	static final String S1_POOL_EXCLUSIVE = "S1-pool1";

	/** S1 through one connection shared by every thread. */
	static final String S1_SHARED = "S1-shared";

	/** S2 through one shared connection. */
	static final String S2_SHARED = "S2-shared";

	/** S2 through several connections, handed to threads round-robin. */
	static final String S2_MULTI = "S2-multi";

	/** S3: PostgreSQL JSONB through HikariCP. */
	static final String S3 = "S3-pg";

	/** In-process rocksdbjni. */
	static final String ROCKSDB = "rocksdb-raw";

	/** In-process Netty echo. */
	static final String ECHO = "netty-echo";

	/** The ways to reach Quire's server. */
	static final List<String> QUIRE = List.of(S1_POOL, S1_POOL_EXCLUSIVE, S1_SHARED, S2_SHARED, S2_MULTI);

	/** The ways to reach an earlier build of the server, measured beside this one. */
	static final List<String> QUIRE_BEFORE = List.of(S1_POOL, S1_SHARED);

	/** The systems whose tail latency is also measured open-loop (ratio R4). */
	static final List<String> OPEN_LOOP = List.of(S1_POOL, S1_SHARED, S3);

	private static final char BUILD_SEPARATOR = '@';

	private final Settings settings;

	Systems(Settings settings) {
		this.settings = settings;
	}

	/** The name of a system reached on an earlier build of the server. */
	static String onBuild(String system, String label) {
		return system + BUILD_SEPARATOR + label;
	}

	/** The system without the build it ran on: {@code S1-pool@abc} is {@code S1-pool}. */
	static String withoutBuild(String system) {
		int at = system.indexOf(BUILD_SEPARATOR);
		return (at < 0) ? system : system.substring(0, at);
	}

	Store open(String system, Durability durability) {
		Profile profile = this.settings.profile();
		int port = quirePort(system);
		return switch (withoutBuild(system)) {
			case S1_POOL -> new QuireStore(pool(port, POOL_MAX_IN_FLIGHT), true, durability);
			case S1_POOL_EXCLUSIVE -> new QuireStore(pool(port, 1), true, durability);
			case S1_SHARED -> new QuireStore(ConnectionFactory.create(quireOptions(port)), false, durability);
			case S2_SHARED -> new RethinkStore(this.settings.quireHost(), port, 1, durability);
			case S2_MULTI ->
				new RethinkStore(this.settings.quireHost(), port, profile.officialConnections(), durability);
			case S3 -> new PostgresStore(requirePostgres(), profile.poolSize(), durability);
			case ROCKSDB ->
				new RocksDbStore(this.settings.scratchDir().resolve("rocksdb-" + durability.reqlName()), durability);
			default -> throw new IllegalArgumentException("unknown system " + system);
		};
	}

	private int quirePort(String system) {
		Settings.EarlierServer before = this.settings.before();
		if (system.equals(withoutBuild(system))) {
			return this.settings.quirePort();
		}
		if (before == null || !system.equals(onBuild(withoutBuild(system), before.label()))) {
			throw new IllegalArgumentException("no server runs the build of " + system);
		}
		return before.port();
	}

	/**
	 * Callers one pooled Quire connection serves at once: the pool of 4 then carries the
	 * 16 client threads on its 4 sockets, as the README advises for short queries.
	 */
	private static final int POOL_MAX_IN_FLIGHT = 8;

	private ConnectionPool pool(int port, int maxInFlight) {
		int size = this.settings.profile().poolSize();
		return ConnectionPool.create(quireOptions(port),
				PoolOptions.builder().initialSize(size).maxSize(size).maxInFlight(maxInFlight).name("bench").build());
	}

	private ConnectionOptions quireOptions(int port) {
		return ConnectionOptions.builder().host(this.settings.quireHost()).port(port).build();
	}

	private String requirePostgres() {
		String url = this.settings.postgresUrl();
		if (url == null) {
			throw new IllegalStateException("no PostgreSQL URL given");
		}
		return url;
	}

}
