package io.quire.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.gen.ast.ReqlExpr;
import com.rethinkdb.gen.ast.Table;
import com.rethinkdb.gen.exc.ReqlError;
import com.rethinkdb.net.Connection;

/**
 * S2: Quire's server through the official RethinkDB Java driver 2.4.4, with {@code N}
 * connections handed to threads round-robin (one connection when {@code N} is 1, shared
 * by every thread).
 */
public final class RethinkStore implements Store {

	private static final RethinkDB r = RethinkDB.r;

	private final List<Connection> connections = new ArrayList<>();

	private final AtomicInteger nextConnection = new AtomicInteger();

	private final ThreadLocal<Connection> threadConnection;

	private final String durability;

	/** Open {@code connectionCount} connections to the server. */
	public RethinkStore(String host, int port, int connectionCount, Durability durability) {
		for (int i = 0; i < connectionCount; i++) {
			this.connections.add(r.connection().hostname(host).port(port).connect());
		}
		this.threadConnection = ThreadLocal.withInitial(this::assignConnection);
		this.durability = durability.reqlName();
	}

	@Override
	public void recreateTable() {
		Connection connection = connection();
		ignoreFailure(() -> r.dbCreate(QuireStore.DATABASE).run(connection));
		ignoreFailure(() -> r.db(QuireStore.DATABASE).tableDrop(QuireStore.TABLE).run(connection));
		r.db(QuireStore.DATABASE).tableCreate(QuireStore.TABLE).run(connection);
	}

	@Override
	public void insert(String key, Map<String, Object> fields) {
		Map<String, Object> document = new LinkedHashMap<>(fields);
		document.put("id", key);
		write(table().insert(document).optArg("durability", this.durability));
	}

	@Override
	public void insertBatch(List<Map<String, Object>> documents) {
		write(table().insert(documents).optArg("durability", this.durability));
	}

	@Override
	@SuppressWarnings("unchecked")
	public Map<String, Object> read(String key) {
		Map<String, Object> document = table().get(key).run(connection(), Map.class).single();
		return WriteResults.requireFound(document, key);
	}

	@Override
	public void update(String key, String field, String value) {
		write(table().get(key).update(r.hashMap(field, value)).optArg("durability", this.durability));
	}

	@Override
	public int scan(String startKey, int count) {
		return table().between(startKey, r.maxval()).limit(count).run(connection()).toList().size();
	}

	@Override
	public void noop() {
		r.expr(1).run(connection(), Long.class).single();
	}

	@Override
	public void close() {
		this.connections.forEach(Connection::close);
	}

	private void write(ReqlExpr query) {
		WriteResults.requireNoErrors(query.run(connection(), Map.class).single());
	}

	private Table table() {
		return r.db(QuireStore.DATABASE).table(QuireStore.TABLE);
	}

	private Connection connection() {
		return this.threadConnection.get();
	}

	private Connection assignConnection() {
		return this.connections.get(Math.floorMod(this.nextConnection.getAndIncrement(), this.connections.size()));
	}

	private static void ignoreFailure(Runnable action) {
		try {
			action.run();
		}
		catch (ReqlError ex) {
			// already there, or already gone
		}
	}

}
