package io.quire.bench.jmh;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quire.bench.Documents;
import io.quire.engine.Engine;
import io.quire.engine.QuerySession;
import io.quire.engine.ServerOptions;
import io.quire.engine.catalog.Durability;
import io.quire.engine.query.QueryResult;
import io.quire.engine.query.QueryRunner;
import io.quire.engine.query.ReqlQueryRunner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The engine's point read ({@code r.db('app').table('bench').get(key)}, compiled,
 * evaluated and shaped, no network) without permission checks, as admin (who skips them),
 * and as a user whose read is granted on the database or on the table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PermissionCheckBenchmark {

	private static final List<Object> GET = List.of(16,
			List.of(List.of(15, List.of(List.of(14, List.of("app")), "bench")), "user12345"));

	private static final QuerySession ADMIN = new QuerySession("admin", 1, "bench");

	private static final QuerySession DATABASE_READER = new QuerySession("reader", 2, "bench");

	private static final QuerySession TABLE_READER = new QuerySession("tablereader", 3, "bench");

	private Engine engine;

	private QueryRunner unchecked;

	private QueryRunner checked;

	@Setup
	public void open() {
		this.engine = Engine.inMemory();
		this.engine.catalog().createDatabase("app");
		this.engine.catalog().createTable("app", "bench", "id", Durability.SOFT);
		this.engine.catalog()
			.table("app", "bench")
			.modify("user12345", (old) -> Documents.document("id", "user12345"), Durability.SOFT);
		this.engine.users().setPassword("reader", "pw");
		this.engine.users().setPassword("tablereader", "pw");
		this.checked = this.engine.queryRunner();
		run(List.of(188, List.of(List.of(14, List.of("app")), "reader", Map.of("read", true))), ADMIN);
		run(List.of(188, List.of(List.of(15, List.of(List.of(14, List.of("app")), "bench")), "tablereader",
				Map.of("read", true))), ADMIN);
		this.unchecked = new ReqlQueryRunner(this.engine.catalog(), this.engine.system(), Long.MAX_VALUE / 4,
				ServerOptions.Http.UNRESTRICTED, null);
	}

	private QueryResult run(Object term, QuerySession session) {
		return this.checked.run(session, term, Map.of());
	}

	@TearDown
	public void close() {
		this.engine.close();
	}

	@Benchmark
	public QueryResult withoutChecks() {
		return this.unchecked.run(DATABASE_READER, GET, Map.of());
	}

	@Benchmark
	public QueryResult asAdmin() {
		return this.checked.run(ADMIN, GET, Map.of());
	}

	@Benchmark
	public QueryResult withDatabaseGrant() {
		return this.checked.run(DATABASE_READER, GET, Map.of());
	}

	@Benchmark
	public QueryResult withTableGrant() {
		return this.checked.run(TABLE_READER, GET, Map.of());
	}

}
