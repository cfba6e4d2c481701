package io.quire.engine.term;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.Change;
import io.quire.engine.catalog.Durability;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Printer;
import io.quire.engine.index.KeyEncoding;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/** Writes: INSERT, UPDATE, REPLACE, DELETE, SYNC and FOR_EACH. */
final class WriteTerms {

	private static final int BATCH = 1000;

	private static final String FOR_EACH_EXPECTS = "FOR_EACH expects one or more basic write queries.";

	private WriteTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.INSERT)
			.args(2)
			.optargs("conflict", "durability", "return_changes", "ignore_write_hook")
			.is(WriteTerms::insert);
		specs.term(TermType.UPDATE)
			.args(2)
			.optargs("durability", "return_changes", "non_atomic", "ignore_write_hook")
			.is((call) -> modifyRows(Mutations.checkedAtomic(call),
					(table, patch) -> (old) -> Mutations.update(table, old, patch)));
		specs.term(TermType.REPLACE)
			.args(2)
			.optargs("durability", "return_changes", "non_atomic", "ignore_write_hook")
			.is((call) -> modifyRows(Mutations.checkedAtomic(call),
					(table, patch) -> (old) -> Mutations.replace(table, old, patch)));
		specs.term(TermType.DELETE)
			.args(1)
			.optargs("durability", "return_changes", "ignore_write_hook")
			.is((call) -> modifyRows(call, (table, patch) -> (old) -> null));
		specs.term(TermType.SYNC).nondeterministic().args(1).is(WriteTerms::sync);
		specs.term(TermType.FOR_EACH).args(2).is(WriteTerms::forEach);
	}

	static Durability durability(Call call) {
		String requested = call.optString("durability");
		try {
			return call.context().durability((requested != null) ? Durability.parse(requested) : null);
		}
		catch (QueryException ex) {
			throw ex.withFrame("durability");
		}
	}

	private static Object insert(Call call) {
		Table table = SelectionTerms.table(call, 0).table();
		Durability durability = durability(call);
		Mutations.Conflict conflict = Mutations.conflict(call);
		WriteSummary summary = WriteSummary.of(call);
		UnaryOperator<UnaryOperator<@Nullable Map<String, Object>>> hooked = WriteHooks.wrapper(call, table);
		List<Map.Entry<Object, UnaryOperator<@Nullable Map<String, Object>>>> batch = new ArrayList<>();
		for (Object document : documents(call)) {
			Map<String, Object> row = prepareInsert(table, document, summary);
			if (row != null) {
				batch.add(new AbstractMap.SimpleEntry<>(row.get(table.primaryKey()),
						hooked.apply(conflict.resolver(table, row))));
			}
			if (batch.size() >= BATCH) {
				commit(table, batch, durability, summary);
			}
		}
		commit(table, batch, durability, summary);
		return summary.toDatum();
	}

	private static List<@Nullable Object> documents(Call call) {
		Object value = call.arg(1);
		if (value instanceof Stream || value instanceof TableRef) {
			List<@Nullable Object> rows = new ArrayList<>();
			Values.stream(value).forEachRemaining(rows::add);
			return rows;
		}
		Object datum = call.datum(1);
		return (datum instanceof List<?> list) ? new ArrayList<>(list) : Collections.singletonList(datum);
	}

	/**
	 * The document to insert with its key, or {@code null} after recording why it cannot
	 * be.
	 */
	private static @Nullable Map<String, Object> prepareInsert(Table table, @Nullable Object document,
			WriteSummary summary) {
		if (!(document instanceof Map<?, ?>) || Datums.pseudoType(document) != null) {
			summary.error("Expected type OBJECT but found " + Datums.typeName(document) + ".", null, null);
			return null;
		}
		// a fresh sorted object: stripping literals copies every object it walks
		Map<String, Object> row = Types.object(Paths.stripLiterals(document));
		String refusal = Mutations.storageRefusal(row);
		if (refusal != null) {
			summary.error(refusal, null, null);
			return null;
		}
		if (!row.containsKey(table.primaryKey())) {
			String key = UUID.randomUUID().toString();
			row.put(table.primaryKey(), key);
			summary.generatedKey(key);
			table.keyGenerated(key);
		}
		try {
			Object key = SelectionTerms.checkKey(row.get(table.primaryKey()));
			// a key the store refuses (too long, a NUL byte) fails this document only
			KeyEncoding.encodePrimaryKey(key);
			return row;
		}
		catch (QueryException ex) {
			summary.error(ex.getMessage(), null, null);
			return null;
		}
	}

	private static void commit(Table table, List<Map.Entry<Object, UnaryOperator<@Nullable Map<String, Object>>>> batch,
			Durability durability, WriteSummary summary) {
		if (batch.isEmpty()) {
			return;
		}
		List<Object> outcomes = (batch.size() == 1) ? List.of(modifyOne(table, batch.get(0), durability))
				: table.modifyAll(batch, durability);
		for (int i = 0; i < outcomes.size(); i++) {
			Object outcome = outcomes.get(i);
			if (outcome instanceof Change) {
				summary.record(outcome);
			}
			else {
				summary.record(outcome, summary.wantsFailedRows() ? table.get(batch.get(i).getKey()) : null);
			}
		}
		batch.clear();
	}

	private static Object modifyOne(Table table, Map.Entry<Object, UnaryOperator<@Nullable Map<String, Object>>> entry,
			Durability durability) {
		return Table.rowOutcome(() -> table.modify(entry.getKey(), entry.getValue(), durability));
	}

	/**
	 * The operation applied to each selected row: builds the row's new value from the old
	 * one.
	 */
	@FunctionalInterface
	interface RowOperation {

		UnaryOperator<@Nullable Map<String, Object>> forTable(Table table, @Nullable Object patch);

	}

	private static Object modifyRows(Call call, RowOperation operation) {
		Object selection = call.arg(0);
		Table table = selectionTable(selection);
		Object patch = (call.count() > 1) ? patch(call) : null;
		Durability durability = durability(call);
		WriteSummary summary = WriteSummary.of(call);
		UnaryOperator<@Nullable Map<String, Object>> update = WriteHooks.wrapper(call, table)
			.apply(operation.forTable(table, patch));
		List<Map.Entry<Object, UnaryOperator<@Nullable Map<String, Object>>>> batch = new ArrayList<>();
		for (Object key : selectedKeys(selection, table)) {
			batch.add(new AbstractMap.SimpleEntry<>(key, update));
			if (batch.size() >= BATCH) {
				commit(table, batch, durability, summary);
			}
		}
		commit(table, batch, durability, summary);
		return summary.toDatum();
	}

	/**
	 * The function or datum given to UPDATE or REPLACE. RethinkDB evaluates a datum per
	 * row, so an error in it (such as {@code r.error('a')}) is each row's error in the
	 * write summary, not the query's.
	 */
	private static @Nullable Object patch(Call call) {
		try {
			Object value = call.arg(1);
			return (value instanceof Func) ? value : call.datum(1);
		}
		catch (QueryException ex) {
			if (!Mutations.FailedPatch.isPerRow(ex)) {
				throw ex;
			}
			return new Mutations.FailedPatch(ex);
		}
	}

	private static Table selectionTable(@Nullable Object selection) {
		if (selection instanceof SingleRow row) {
			return row.table();
		}
		if (selection instanceof TableRef table) {
			return table.table();
		}
		if (selection instanceof Stream stream && stream.table() != null) {
			return stream.table();
		}
		throw Values.literalMismatch("SELECTION", selection).withFrame(0);
	}

	private static List<Object> selectedKeys(@Nullable Object selection, Table table) {
		if (selection instanceof SingleRow row) {
			return List.of(row.key());
		}
		List<Object> keys = new ArrayList<>();
		try (Stream rows = Values.stream(selection)) {
			rows.forEachRemaining((row) -> keys.add(Types.object(row).get(table.primaryKey())));
		}
		return keys;
	}

	private static Object sync(Call call) {
		SelectionTerms.table(call, 0).table().sync();
		return Datums.object("synced", 1.0);
	}

	private static Object forEach(Call call) {
		Func func = call.func(1);
		Map<String, Object> result = new TreeMap<>();
		try (Stream rows = Values.stream(call.arg(0))) {
			while (rows.hasNext()) {
				Object row = rows.next();
				Object written = call.framed(1, () -> writeOf(func.call(row)));
				result = combine(result, written);
			}
		}
		return result;
	}

	/**
	 * What one call of FOR_EACH's function wrote: an object or an array of them, with
	 * RethinkDB's errors for anything else.
	 */
	private static @Nullable Object writeOf(@Nullable Object value) {
		if (!Values.isDatum(value) && !(value instanceof SingleRow)) {
			throw QueryException.queryLogic(FOR_EACH_EXPECTS);
		}
		Object written = Values.datum(value);
		if (!(written instanceof Map) && !(written instanceof List)) {
			throw QueryException
				.queryLogic(FOR_EACH_EXPECTS + "  Expected type ARRAY but found " + Datums.typeName(written) + ".");
		}
		return written;
	}

	private static Map<String, Object> combine(Map<String, Object> result, @Nullable Object written) {
		if (written instanceof List<?> list) {
			for (Object element : list) {
				result = combine(result, element);
			}
			return result;
		}
		if (!(written instanceof Map<?, ?>)) {
			throw QueryException.queryLogic(FOR_EACH_EXPECTS + "  Expected type OBJECT but found "
					+ Datums.typeName(written) + ":\n" + Printer.pretty(written));
		}
		return WriteSummary.combine(result, Types.object(written));
	}

}
