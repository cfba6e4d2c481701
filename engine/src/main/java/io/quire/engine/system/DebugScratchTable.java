package io.quire.engine.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import io.quire.engine.QuerySession;
import io.quire.engine.datum.DatumOrder;
import org.jspecify.annotations.Nullable;

/**
 * {@code _debug_scratch}: RethinkDB's in-memory scratch table; any row may be inserted,
 * replaced or deleted, and nothing survives a restart.
 */
final class DebugScratchTable implements SystemTable {

	private final Map<Object, Map<String, Object>> rows = new ConcurrentSkipListMap<>(DatumOrder.COMPARATOR);

	@Override
	public String name() {
		return "_debug_scratch";
	}

	@Override
	public List<Map<String, Object>> rows(QuerySession caller) {
		return new ArrayList<>(this.rows.values());
	}

	@Override
	public @Nullable Map<String, Object> write(@Nullable Map<String, Object> before,
			@Nullable Map<String, Object> after, QuerySession caller) {
		if (after == null) {
			if (before != null) {
				this.rows.remove(before.get("id"));
			}
			return null;
		}
		this.rows.put(after.get("id"), after);
		return after;
	}

}
