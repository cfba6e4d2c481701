package io.quire.engine.term;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.quire.engine.catalog.Bound;
import io.quire.engine.catalog.IndexStatus;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.TabbedJson;
import org.jspecify.annotations.Nullable;

/** INFO: what RethinkDB reports about each kind of value. */
final class Info {

	private Info() {
	}

	static Object of(Call call) {
		Object value = call.arg(0);
		if (value instanceof TableRef table) {
			return table.isSlice() ? slice(call, table) : table(call, table.table());
		}
		if (value instanceof DbRef db) {
			return db(call, db.name());
		}
		if (value instanceof SingleRow row) {
			return Datums.object("type", "SELECTION<OBJECT>", "table", table(call, row.table()));
		}
		if (value instanceof Stream stream && stream.table() != null
				&& Values.typeName(stream).startsWith("SELECTION")) {
			return Datums.object("type", Values.typeName(stream), "table", table(call, stream.table()));
		}
		if (value instanceof JsFunc function) {
			return Datums.object("type", "FUNCTION", "source_code", function.sourceCode());
		}
		if (!Values.isDatum(value)) {
			return Datums.object("type", Values.typeName(value));
		}
		return datum(call.datum(0));
	}

	private static Map<String, Object> datum(@Nullable Object datum) {
		Map<String, Object> info = Datums.object("type", Datums.typeName(datum));
		if (datum == null || Datums.isExtremum(datum)) {
			return info;
		}
		if (Datums.isPseudo(datum, "BINARY")) {
			info.put("count", (double) Base64.getDecoder().decode((String) Types.object(datum).get("data")).length);
		}
		info.put("value", TabbedJson.print(datum));
		return info;
	}

	private static Map<String, Object> slice(Call call, TableRef slice) {
		String sorting = !slice.ordered() ? "UNORDERED" : slice.descending() ? "DESCENDING" : "ASCENDING";
		Map<String, Object> info = Datums.object("type", "TABLE_SLICE", "table", table(call, slice.table()), "index",
				slice.indexName(), "sorting", sorting);
		bound(info, "left_bound", slice.lower());
		bound(info, "right_bound", slice.upper());
		return info;
	}

	private static void bound(Map<String, Object> info, String name, Bound bound) {
		if (bound.isUnbounded()) {
			info.put(name + "_type", "unbounded");
			return;
		}
		info.put(name, bound.key());
		info.put(name + "_type", bound.inclusive() ? "closed" : "open");
	}

	static Map<String, Object> db(Call call, String name) {
		Map<String, Object> config = call.context().catalog().database(name);
		return Datums.object("type", "DB", "name", name, "id", config.get("id"));
	}

	static Map<String, Object> table(Call call, Table table) {
		List<Object> indexes = new ArrayList<>();
		for (IndexStatus status : table.indexes()) {
			indexes.add(status.definition().name());
		}
		return Datums.object("type", "TABLE", "name", table.name(), "id", table.id().toString(), "db",
				db(call, table.database()), "primary_key", table.primaryKey(), "indexes", indexes,
				"doc_count_estimates", List.of((double) table.count()));
	}

}
