package io.quire.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.Cursor;
import io.quire.driver.QuireException;
import io.quire.driver.RunOptions;
import io.quire.driver.query.ReqlAst;
import io.quire.driver.query.ReqlExpr;
import io.quire.driver.query.Table;
import org.jspecify.annotations.Nullable;

import static io.quire.driver.Quire.r;

/**
 * S1: Quire's server through Quire's driver, either borrowing a connection of a pool for
 * each operation or sharing one connection between every thread (queries multiplexed by
 * token).
 */
public final class QuireStore implements Store {

	static final String DATABASE = "ycsb";

	static final String TABLE = "usertable";

	private final ConnectionFactory factory;

	private final @Nullable Connection shared;

	private final String durability;

	/**
	 * A store over the factory; {@code pooled} borrows per operation, otherwise one
	 * connection is shared.
	 */
	public QuireStore(ConnectionFactory factory, boolean pooled, Durability durability) {
		this.factory = factory;
		this.shared = pooled ? null : factory.connect();
		this.durability = durability.reqlName();
	}

	@Override
	public void recreateTable() {
		run((c) -> ignoreFailure(() -> r.dbCreate(DATABASE).runAtom(c)));
		run((c) -> ignoreFailure(() -> r.db(DATABASE).tableDrop(TABLE).runAtom(c)));
		run((c) -> r.db(DATABASE).tableCreate(TABLE).runAtom(c));
	}

	@Override
	public void insert(String key, Map<String, Object> fields) {
		Map<String, Object> document = new LinkedHashMap<>(fields);
		document.put("id", key);
		write(table().insert(document));
	}

	@Override
	public void insertBatch(List<Map<String, Object>> documents) {
		write(table().insert(documents));
	}

	@Override
	@SuppressWarnings("unchecked")
	public Map<String, Object> read(String key) {
		Map<String, Object> document = run((c) -> table().get(key).runAtom(c, RunOptions.none(), Map.class));
		return WriteResults.requireFound(document, key);
	}

	@Override
	public void update(String key, String field, String value) {
		write(table().get(key).update(Map.of(field, value)));
	}

	@Override
	public int scan(String startKey, int count) {
		ReqlAst query = table().between(startKey, r.maxval()).limit(count);
		// A cursor read on this thread: runAtom of a sequence the server sends in several
		// batches
		// blocks the driver's event loop (see BENCHMARKS.md), so scans iterate here
		// instead.
		return run((c) -> readAll(query.run(c, RunOptions.none(), Map.class)));
	}

	@Override
	public void noop() {
		run((c) -> r.expr(1).runAtom(c, RunOptions.none(), Long.class));
	}

	@Override
	public void close() {
		if (this.shared != null) {
			this.shared.close();
		}
		this.factory.close();
	}

	private Table table() {
		return r.db(DATABASE).table(TABLE);
	}

	@SuppressWarnings("unchecked")
	private void write(ReqlExpr query) {
		ReqlAst durable = query.optArg("durability", this.durability);
		WriteResults.requireNoErrors(run((c) -> durable.runAtom(c, RunOptions.none(), Map.class)));
	}

	private <T> T run(Function<Connection, T> work) {
		Connection shared = this.shared;
		if (shared != null) {
			return work.apply(shared);
		}
		try (Connection connection = this.factory.connect()) {
			return work.apply(connection);
		}
	}

	private static int readAll(Cursor<?> rows) {
		try (rows) {
			return rows.toList().size();
		}
	}

	private static Object ignoreFailure(Runnable action) {
		try {
			action.run();
		}
		catch (QuireException ex) {
			// already there, or already gone
		}
		return Boolean.TRUE;
	}

}
