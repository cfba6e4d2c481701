package io.quire.engine.term;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.quire.engine.QueryException;
import io.quire.engine.auth.Permission;
import io.quire.engine.catalog.Catalog;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Printer;
import io.quire.engine.function.FunctionBlobException;
import io.quire.engine.function.WriteHookBlob;
import io.quire.engine.system.WriteHookStore;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * SET_WRITE_HOOK and GET_WRITE_HOOK, and applying a table's hook to its writes. A hook is
 * a three-argument function {@code (context, old_val, new_val)} kept, as its term JSON,
 * among the catalog's durable system values.
 */
final class WriteHooks {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private WriteHooks() {
	}

	static void register(Specs specs) {
		specs.term(TermType.SET_WRITE_HOOK).configures().nondeterministic().args(2).is(WriteHooks::set);
		specs.term(TermType.GET_WRITE_HOOK).nondeterministic().args(1).is(WriteHooks::get);
	}

	private static Object set(Call call) {
		Table table = SelectionTerms.table(call, 0).table();
		call.context().require(Permission.CONFIG, table.database(), table.name());
		Catalog catalog = call.context().catalog();
		boolean existed = WriteHookStore.wasSet(catalog, table);
		Object source = source(call);
		if (source == null) {
			WriteHookStore.store(catalog, table, null);
			return Datums.object(existed ? "deleted" : "unchanged", 1.0);
		}
		if (!Compiler.compile(source).determinism().isProven()) {
			throw QueryException
				.queryLogic("Could not prove function deterministic.  Write hook functions must be deterministic.");
		}
		call.framed(1, () -> compile(source));
		WriteHookStore.store(catalog, table, source);
		return Datums.object(existed ? "replaced" : "created", 1.0);
	}

	/**
	 * The hook's term: a function, or the binary of {@code getWriteHook} (RethinkDB 2.4's
	 * bytes, or the JSON that older Quire dumps hold).
	 */
	private static @Nullable Object source(Call call) {
		Node node = call.node().args().get(1);
		if (node.type() == TermType.FUNC) {
			return node.source();
		}
		Object value = call.datum(1);
		if (value == null) {
			return null;
		}
		if (!Datums.isPseudo(value, "BINARY")) {
			throw QueryException.queryLogic("Write hook functions must expect 3 arguments.");
		}
		byte[] bytes = Base64.getDecoder().decode((String) Types.object(value).get("data"));
		if (!WriteHookBlob.isBlob(bytes)) {
			return JSON.readValue(bytes, Object.class);
		}
		try {
			return WriteHookBlob.function(bytes);
		}
		catch (FunctionBlobException ex) {
			throw QueryException.queryLogic("Binary blob passed to set_write_hook could not be interpreted as a "
					+ "reql_write_hook_function (" + ex.getMessage() + ").");
		}
	}

	private static Func compile(Object source) {
		Object value = Compiler.compile(source).eval(Env.root(bareContext()));
		if (!(value instanceof Func func) || func.arity() != 3) {
			throw QueryException.queryLogic("Write hook functions must expect 3 arguments.");
		}
		return func;
	}

	private static QueryContext bareContext() {
		return new QueryContext(null, "test", io.quire.engine.datum.Times.time(java.time.Instant.now()),
				QueryContext.DEFAULT_ARRAY_LIMIT, null);
	}

	private static @Nullable Object stored(Call call, Table table) {
		return WriteHookStore.source(call.context().catalog(), table);
	}

	private static Object get(Call call) {
		Table table = SelectionTerms.table(call, 0).table();
		call.context().require(Permission.CONFIG, table.database(), table.name());
		return WriteHookStore.describe(call.context().catalog(), table);
	}

	/**
	 * What makes a write go through the table's hook (if it has one and the write does
	 * not ask for {@code ignore_write_hook}): the hook then decides the stored value.
	 */
	static UnaryOperator<UnaryOperator<@Nullable Map<String, Object>>> wrapper(Call call, Table table) {
		if (call.optBool("ignore_write_hook", false)) {
			return UnaryOperator.identity();
		}
		Object source = stored(call, table);
		if (source == null) {
			return UnaryOperator.identity();
		}
		Func hook = compile(source);
		Map<String, Object> now = call.context().now();
		return (write) -> (old) -> apply(hook, table, now, old, write.apply(old));
	}

	private static @Nullable Map<String, Object> apply(Func hook, Table table, Map<String, Object> now,
			@Nullable Map<String, Object> old, @Nullable Map<String, Object> written) {
		if (old == null && written == null) {
			return null;
		}
		Map<String, Object> document = (written != null) ? written : old;
		Map<String, Object> context = Datums.object("primary_key", document.get(table.primaryKey()), "timestamp", now);
		Object result;
		try {
			result = hook.apply(context, old, written);
		}
		catch (QueryException ex) {
			throw QueryException.queryLogic("Error in write hook: " + ex.getMessage());
		}
		return checked(table, document, written, result);
	}

	private static @Nullable Map<String, Object> checked(Table table, Map<String, Object> document,
			@Nullable Map<String, Object> written, @Nullable Object result) {
		if (written != null && result == null) {
			throw QueryException.queryLogic("A write hook function must not turn a replace/insert into a deletion.");
		}
		if (written == null && result != null) {
			throw QueryException.queryLogic("A write hook function must not turn a deletion into a replace/insert.");
		}
		if (result == null) {
			return null;
		}
		Map<String, Object> hooked = Types.object(Paths.stripLiterals(result));
		if (!Datums.equal(hooked.get(table.primaryKey()), document.get(table.primaryKey()))) {
			throw QueryException.queryLogic("Primary key `" + table.primaryKey() + "` cannot be changed (`"
					+ Printer.pretty(document) + "` -> `" + Printer.pretty(hooked) + "`).");
		}
		return new java.util.TreeMap<>(hooked);
	}

}
