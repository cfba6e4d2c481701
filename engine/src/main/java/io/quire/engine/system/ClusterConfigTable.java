package io.quire.engine.system;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.engine.QuerySession;
import io.quire.engine.catalog.Catalog;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Printer;
import org.jspecify.annotations.Nullable;

/**
 * {@code cluster_config}: the one row {@code {id: "heartbeat", heartbeat_timeout_secs}}.
 * The timeout is kept durably (10 seconds by default, at least 2) for when replication
 * arrives; a single server sends no heartbeats.
 */
final class ClusterConfigTable implements SystemTable {

	private static final String KEY = "cluster/heartbeat_timeout_secs";

	private final Catalog catalog;

	ClusterConfigTable(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public String name() {
		return "cluster_config";
	}

	@Override
	public List<Map<String, Object>> rows(QuerySession caller) {
		return List.of(Datums.object("id", "heartbeat", "heartbeat_timeout_secs", timeout()));
	}

	private double timeout() {
		byte[] stored = this.catalog.systemValue(KEY);
		return (stored != null) ? Double.parseDouble(new String(stored, StandardCharsets.UTF_8)) : 10.0;
	}

	@Override
	public @Nullable Map<String, Object> write(@Nullable Map<String, Object> before,
			@Nullable Map<String, Object> after, QuerySession caller) {
		if (before == null) {
			throw QueryException.opFailed("It's illegal to insert new rows into the `rethinkdb.cluster_config` table.");
		}
		if (after == null) {
			throw QueryException.opFailed("It's illegal to delete rows from the `rethinkdb.cluster_config` table.");
		}
		RowFormat format = new RowFormat(after, "");
		format.field("id");
		Object value = format.field("heartbeat_timeout_secs");
		format.noExtraKeys();
		if (!(value instanceof Double seconds)) {
			throw QueryException.opFailed("Expected a number; got " + Printer.json(value));
		}
		if (seconds < 2) {
			throw QueryException.opFailed("The heartbeat timeout must be at least two seconds");
		}
		this.catalog.putSystemValue(KEY, Double.toString(seconds).getBytes(StandardCharsets.UTF_8));
		return rows(caller).get(0);
	}

}
