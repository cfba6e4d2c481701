package io.quire.engine.term;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.Bound;
import io.quire.engine.datum.DatumOrder;
import io.quire.engine.datum.Datums;
import io.quire.protocol.ErrorType;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/** Aggregation: COUNT, SUM, AVG, MIN, MAX, REDUCE, FOLD, DISTINCT and CONTAINS. */
final class AggregateTerms {

	private AggregateTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.COUNT).args(1, 2).perGroup().is(AggregateTerms::count);
		specs.term(TermType.SUM).args(1, 2).perGroup().is((call) -> sum(values(call)));
		specs.term(TermType.AVG).args(1, 2).perGroup().is(AggregateTerms::average);
		specs.term(TermType.MIN).args(1, 2).optargs("index").perGroup().is((call) -> extreme(call, "min", -1));
		specs.term(TermType.MAX).args(1, 2).optargs("index").perGroup().is((call) -> extreme(call, "max", 1));
		specs.term(TermType.REDUCE).args(2).perGroup().is(AggregateTerms::reduce);
		specs.term(TermType.FOLD).args(3).optargs("emit", "final_emit").perGroup().is(Folds::fold);
		specs.term(TermType.DISTINCT).args(1).optargs("index").perGroup().is(AggregateTerms::distinct);
		specs.term(TermType.CONTAINS).args(1, -1).perGroup().is(AggregateTerms::contains);
	}

	private static Object count(Call call) {
		Object source = call.arg(0);
		if (call.count() == 1 && source instanceof TableRef table && !table.isSlice()) {
			return (double) table.table().count();
		}
		if (call.count() == 1 && !Values.isSequence(source)) {
			return countDatum(call.datum(0));
		}
		boolean filtered = call.count() == 2;
		Object predicate = filtered ? call.arg(1) : null;
		long count = 0;
		try (Stream rows = Values.finite(source)) {
			while (rows.hasNext()) {
				Object row = rows.next();
				if (!filtered || matches(call, predicate, row)) {
					count++;
				}
			}
		}
		return (double) count;
	}

	private static Object countDatum(@Nullable Object datum) {
		if (datum instanceof String text) {
			return (double) text.codePointCount(0, text.length());
		}
		if (Datums.isPseudo(datum, "BINARY")) {
			return (double) Base64.getDecoder().decode((String) Types.object(datum).get("data")).length;
		}
		if (datum instanceof Map<?, ?> map) {
			return (double) map.size();
		}
		throw QueryException.queryLogic("Cannot convert " + Datums.typeName(datum) + " to SEQUENCE");
	}

	private static boolean matches(Call call, @Nullable Object predicate, @Nullable Object row) {
		if (predicate instanceof Func func) {
			return call.framed(1, () -> func.filters(row));
		}
		return Datums.equal(Values.datum(predicate), row);
	}

	/**
	 * The values to aggregate: the rows, or with a second argument each row's field (rows
	 * without it are skipped) or the function's result.
	 */
	private static Iterator<@Nullable Object> values(Call call) {
		Stream rows = Values.finite(call.arg(0));
		if (call.count() == 1) {
			return rows;
		}
		Object selector = call.arg(1);
		if (selector instanceof Func func) {
			return Lazy.map(rows, (row) -> call.framed(1, () -> func.apply(row)));
		}
		String field = call.string(1);
		return Lazy.map(rows,
				(row) -> (row instanceof Map<?, ?> map && map.containsKey(field)) ? map.get(field) : Lazy.skip());
	}

	private static Object sum(Iterator<@Nullable Object> values) {
		double sum = 0;
		while (values.hasNext()) {
			sum += Types.number(values.next());
		}
		return sum;
	}

	private static Object average(Call call) {
		Iterator<@Nullable Object> values = values(call);
		double sum = 0;
		long count = 0;
		while (values.hasNext()) {
			sum += Types.number(values.next());
			count++;
		}
		if (count == 0) {
			throw QueryException.nonExistence("Cannot take the average of an empty stream.  (If you passed `avg` "
					+ "a field name, it may be that no elements of the stream had that field.)");
		}
		return sum / count;
	}

	private static @Nullable Object extreme(Call call, String name, int sign) {
		if (call.has("index")) {
			return indexExtreme(call, name, sign, call.optString("index"));
		}
		if (call.count() == 1 && call.arg(0) instanceof TableRef table && !table.isSlice()) {
			// as in RethinkDB, a whole table's min() and max() read its primary index
			return indexExtreme(call, name, sign, null);
		}
		Stream rows = Values.finite(call.arg(0));
		Func key = (call.count() == 2) ? keyFunction(call) : null;
		Object best = null;
		Object bestKey = null;
		boolean found = false;
		while (rows.hasNext()) {
			Object row = rows.next();
			Object rowKey = (key == null) ? row : keyOrSkip(key, row);
			if (rowKey != Lazy.skip() && (!found || sign * DatumOrder.compare(rowKey, bestKey) > 0)) {
				best = row;
				bestKey = rowKey;
				found = true;
			}
		}
		if (!found) {
			throw QueryException.nonExistence("Cannot take the " + name + " of an empty stream.  (If you passed `"
					+ name + "` a field name, it may be that no elements of the stream had that field.)");
		}
		return best;
	}

	private static Func keyFunction(Call call) {
		Object selector = call.arg(1);
		if (selector instanceof Func func) {
			return func;
		}
		String field = call.string(1);
		return new FieldFunc(field, call.env());
	}

	private static @Nullable Object keyOrSkip(Func key, @Nullable Object row) {
		try {
			return key.apply(row);
		}
		catch (QueryException ex) {
			if (ex.errorType() == ErrorType.NON_EXISTENCE) {
				return Lazy.skip();
			}
			throw ex;
		}
	}

	private static @Nullable Object indexExtreme(Call call, String name, int sign, @Nullable String index) {
		TableRef table = SelectionTerms.table(call, 0);
		try (Stream rows = new TableRef(table.table(), index, Bound.none(), Bound.none(), sign > 0, true).open()) {
			if (!rows.hasNext()) {
				throw QueryException.nonExistence("`" + name + "` found no entries in the specified index.");
			}
			return rows.next();
		}
	}

	private static @Nullable Object reduce(Call call) {
		Func func = call.func(1);
		try (Stream rows = Values.finite(call.arg(0))) {
			if (!rows.hasNext()) {
				throw QueryException.nonExistence("Cannot reduce over an empty stream.");
			}
			Object accumulator = rows.next();
			while (rows.hasNext()) {
				Object left = accumulator;
				Object right = rows.next();
				accumulator = call.framed(1, () -> func.apply(left, right));
			}
			return accumulator;
		}
	}

	private static Object distinct(Call call) {
		Object source = call.arg(0);
		if (call.has("index")) {
			TableRef table = (source instanceof TableRef slice) ? slice : SelectionTerms.table(call, 0);
			return Distinct.onIndex(table, call.optString("index"));
		}
		TreeSet<@Nullable Object> seen = new TreeSet<>(DatumOrder.COMPARATOR);
		MemoryBudget budget = call.context().memoryBudget();
		try (Stream rows = Values.finite(source)) {
			rows.forEachRemaining((row) -> {
				if (seen.add(row)) {
					budget.charge(row);
				}
			});
		}
		List<@Nullable Object> result = call.context().checkArray(new ArrayList<>(seen));
		return (source instanceof List) ? result : Stream.of(result.iterator());
	}

	private static Object contains(Call call) {
		List<Object> wanted = new ArrayList<>();
		for (int i = 1; i < call.count(); i++) {
			Object value = call.arg(i);
			wanted.add((value instanceof Func) ? value : call.datum(i));
		}
		try (Stream rows = Values.finite(call.arg(0))) {
			while (rows.hasNext() && !wanted.isEmpty()) {
				Object row = rows.next();
				removeFirst(wanted, (needle) -> !(needle instanceof Func) && Datums.equal(needle, row));
				removeFirst(wanted, (needle) -> needle instanceof Func func && func.test(row));
			}
		}
		return wanted.isEmpty();
	}

	/**
	 * Removes the first needle the row matches: as in RethinkDB, a row satisfies at most
	 * one value and one predicate, so {@code contains(2, 2)} needs two rows equal to 2.
	 */
	private static void removeFirst(List<Object> wanted, Predicate<Object> matches) {
		for (Iterator<Object> needles = wanted.iterator(); needles.hasNext();) {
			if (matches.test(needles.next())) {
				needles.remove();
				return;
			}
		}
	}

}
