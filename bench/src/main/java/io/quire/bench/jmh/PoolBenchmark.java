package io.quire.bench.jmh;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.quire.driver.Connection;
import io.quire.driver.pool.ConnectionPool;
import io.quire.driver.pool.PoolOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Acquire and release one connection ("connection cycle"): Quire's {@link ConnectionPool}
 * against HikariCP, both over stub connections of the same shape and with the same fixed
 * size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PoolBenchmark {

	@Param("4")
	public int poolSize;

	private ConnectionPool quirePool;

	private HikariDataSource hikari;

	@Setup
	public void openPools() {
		this.quirePool = new ConnectionPool(StubConnections.quireFactory(),
				PoolOptions.builder().initialSize(this.poolSize).maxSize(this.poolSize).name("jmh").build());
		this.quirePool.warmup();
		HikariConfig config = new HikariConfig();
		config.setDataSource(StubConnections.jdbcDataSource());
		config.setMaximumPoolSize(this.poolSize);
		config.setMinimumIdle(this.poolSize);
		config.setPoolName("jmh");
		this.hikari = new HikariDataSource(config);
	}

	@TearDown
	public void closePools() {
		this.quirePool.close();
		this.hikari.close();
	}

	@Benchmark
	public Connection quireConnectionCycle() {
		Connection connection = this.quirePool.connect();
		connection.close();
		return connection;
	}

	@Benchmark
	public java.sql.Connection hikariConnectionCycle() throws SQLException {
		java.sql.Connection connection = this.hikari.getConnection();
		connection.close();
		return connection;
	}

}
