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
	static final List<String> QUIRE = List.of(S1_POOL, S1_SHARED, S2_SHARED, S2_MULTI);

	private final Settings settings;

	Systems(Settings settings) {
		this.settings = settings;
	}

	Store open(String system, Durability durability) {
		Profile profile = this.settings.profile();
		return switch (system) {
			case S1_POOL -> new QuireStore(pool(), true, durability);
			case S1_SHARED -> new QuireStore(ConnectionFactory.create(quireOptions()), false, durability);
			case S2_SHARED -> new RethinkStore(this.settings.quireHost(), this.settings.quirePort(), 1, durability);
			case S2_MULTI -> new RethinkStore(this.settings.quireHost(), this.settings.quirePort(),
					profile.officialConnections(), durability);
			case S3 -> new PostgresStore(requirePostgres(), profile.poolSize(), durability);
			case ROCKSDB ->
				new RocksDbStore(this.settings.scratchDir().resolve("rocksdb-" + durability.reqlName()), durability);
			default -> throw new IllegalArgumentException("unknown system " + system);
		};
	}

	private ConnectionPool pool() {
		int size = this.settings.profile().poolSize();
		return ConnectionPool.create(quireOptions(),
				PoolOptions.builder().initialSize(size).maxSize(size).name("bench").build());
	}

	private ConnectionOptions quireOptions() {
		return ConnectionOptions.builder().host(this.settings.quireHost()).port(this.settings.quirePort()).build();
	}

	private String requirePostgres() {
		String url = this.settings.postgresUrl();
		if (url == null) {
			throw new IllegalStateException("no PostgreSQL URL given");
		}
		return url;
	}

}
