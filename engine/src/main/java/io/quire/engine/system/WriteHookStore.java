package io.quire.engine.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import io.quire.engine.catalog.Catalog;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Printer;
import io.quire.engine.function.WriteHookBlob;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a table's write hook is kept (its term JSON among the catalog's durable system
 * values) and how {@code getWriteHook}, {@code table_config} and {@code table.config()}
 * show it, as RethinkDB does:
 * {@code {function: <RethinkDB 2.4's bytes>, query: "setWriteHook(function(var1, var2,
 * var3) { return ...; })"}}.
 */
public final class WriteHookStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private WriteHookStore() {
	}

	/** The hook's term, {@code null} when the table has none. */
	public static @Nullable Object source(Catalog catalog, Table table) {
		byte[] bytes = catalog.systemValue(key(table));
		return (bytes == null || bytes.length == 0) ? null : JSON.readValue(bytes, Object.class);
	}

	/** Keeps the hook's term, or removes the hook for {@code null}. */
	public static void store(Catalog catalog, Table table, @Nullable Object source) {
		byte[] bytes = (source == null) ? new byte[0]
				: Printer.json(Datums.normalize(source)).getBytes(StandardCharsets.UTF_8);
		catalog.putSystemValue(key(table), bytes);
	}

	/** Whether a hook was ever set on the table (even if removed since). */
	public static boolean wasSet(Catalog catalog, Table table) {
		return catalog.systemValue(key(table)) != null;
	}

	/**
	 * The table's {@code table_config} row (also {@code table.config()}), with its hook
	 * as {@code getWriteHook} shows it.
	 */
	public static Map<String, Object> config(Catalog catalog, Table table) {
		Map<String, Object> row = new LinkedHashMap<>(catalog.tableConfig(table.database(), table.name()));
		row.put("write_hook", describe(catalog, table));
		return row;
	}

	/** The hook as RethinkDB shows it, {@code null} when the table has none. */
	public static @Nullable Map<String, Object> describe(Catalog catalog, Table table) {
		Object source = source(catalog, table);
		if (source == null) {
			return null;
		}
		Map<String, Object> hook = new LinkedHashMap<>();
		hook.put("function", Datums.object(Datums.REQL_TYPE, "BINARY", "data",
				Base64.getEncoder().encodeToString(WriteHookBlob.toBytes(source))));
		hook.put("query", "setWriteHook(" + QueryText.of(source) + ")");
		return hook;
	}

	private static String key(Table table) {
		return "write_hook:" + table.id();
	}

}
