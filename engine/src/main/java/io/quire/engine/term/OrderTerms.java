package io.quire.engine.term;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.IndexKeyFunction;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.DatumOrder;
import io.quire.protocol.ErrorType;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * ORDER_BY with ASC and DESC: by an index (a lazy table slice in index order) or by
 * fields and functions (sorted in memory, within the array limit).
 */
final class OrderTerms {

	private OrderTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.ORDER_BY).args(1, -1).optargs("index").perGroup().is(OrderTerms::orderBy);
		specs.term(TermType.ASC).args(1).is((call) -> new Direction(directionKey(call), false));
		specs.term(TermType.DESC).args(1).is((call) -> new Direction(directionKey(call), true));
	}

	private static @Nullable Object directionKey(Call call) {
		Object value = call.arg(0);
		return (value instanceof Func) ? value : call.datum(0);
	}

	private static Object orderBy(Call call) {
		if (call.has("index")) {
			return byIndex(call);
		}
		if (call.count() == 1) {
			throw QueryException.queryLogic("Must specify something to order by.");
		}
		for (int i = 1; i < call.node().args().size(); i++) {
			if (!Determinism.ofArgument(call.node(), i).isProvenOnOneServer()) {
				throw QueryException.queryLogic("Sorting by a non-deterministic function is not supported.");
			}
		}
		Object source = call.arg(0);
		Stream rows = Values.stream(source);
		List<@Nullable Object> sorted = sort(rows.drain(call.context()), keys(call), call);
		if (rows.table() != null) {
			return Stream.selection(sorted, rows.table());
		}
		return sorted;
	}

	/**
	 * The key of a row that lacks the field (or whose key function hit a missing one).
	 */
	private static final Object MISSING = new Object();

	private static List<Direction> keys(Call call) {
		List<Direction> keys = new ArrayList<>();
		for (int i = 1; i < call.count(); i++) {
			Object value = call.arg(i);
			keys.add((value instanceof Direction direction) ? direction
					: new Direction((value instanceof Func) ? value : call.datum(i), false));
		}
		return keys;
	}

	private static List<@Nullable Object> sort(List<@Nullable Object> rows, List<Direction> keys, Call call) {
		List<Object[]> keyed = new ArrayList<>(rows.size());
		for (Object row : rows) {
			Object[] entry = new Object[keys.size() + 1];
			entry[0] = row;
			for (int k = 0; k < keys.size(); k++) {
				entry[k + 1] = keyOrMissing(keys.get(k).key(), row, call);
			}
			keyed.add(entry);
		}
		keyed.sort(comparator(keys));
		List<@Nullable Object> result = new ArrayList<>(keyed.size());
		keyed.forEach((entry) -> result.add(entry[0]));
		return result;
	}

	private static Comparator<Object[]> comparator(List<Direction> keys) {
		return (a, b) -> {
			for (int k = 0; k < keys.size(); k++) {
				int result = compareKeys(a[k + 1], b[k + 1]);
				if (result != 0) {
					return keys.get(k).descending() ? -result : result;
				}
			}
			return 0;
		};
	}

	/**
	 * A row whose key does not exist sorts before every other row (after, descending).
	 */
	static int compareKeys(@Nullable Object a, @Nullable Object b) {
		if (a == MISSING || b == MISSING) {
			return Boolean.compare(b == MISSING, a == MISSING);
		}
		return DatumOrder.compare(a, b);
	}

	static @Nullable Object keyOrMissing(@Nullable Object key, @Nullable Object row, Call call) {
		try {
			return keyOf(key, row, call);
		}
		catch (QueryException ex) {
			if (ex.errorType() != ErrorType.NON_EXISTENCE) {
				throw ex;
			}
			return MISSING;
		}
	}

	private static @Nullable Object keyOf(@Nullable Object key, @Nullable Object row, Call call) {
		if (key instanceof Func func) {
			return func.apply(row);
		}
		if (key instanceof String field) {
			return ObjectTerms.field(row, field);
		}
		throw QueryException.queryLogic("Expected type STRING but found " + Values.typeName(key) + ".");
	}

	private static Object byIndex(Call call) {
		Object source = call.arg(0);
		if (!(source instanceof TableRef table)) {
			throw QueryException.queryLogic("Indexed order_by can only be performed on a TABLE or TABLE_SLICE. "
					+ "Make sure order_by comes before any transformations (such as map) or filters.");
		}
		if (table.ordered()) {
			throw QueryException.queryLogic("Cannot perform multiple indexed ORDER_BYs on the same table.");
		}
		Object indexValue = call.optValue("index");
		Direction direction = (indexValue instanceof Direction d) ? d : new Direction(Values.datum(indexValue), false);
		String index = Types.string(direction.key());
		if (table.index() != null && !table.index().equals(index)) {
			throw QueryException.queryLogic(
					"Cannot order by index `" + index + "` after calling BETWEEN on index `" + table.index() + "`.");
		}
		TableRef ordered = new TableRef(table.table(), index, table.lower(), table.upper(), direction.descending(),
				true);
		return (call.count() == 1) ? ordered : thenBy(call, ordered, direction);
	}

	/**
	 * An index order refined by more keys: sorted in memory by the index key, then the
	 * others.
	 */
	private static Object thenBy(Call call, TableRef ordered, Direction indexDirection) {
		Table table = ordered.table();
		String index = ordered.indexName();
		IndexKeyFunction indexKey = index.equals(table.primaryKey()) ? null
				: IndexFunctions.compileFunction(IndexFunctions.definition(table, index).function());
		List<Direction> keys = new ArrayList<>();
		keys.add(new Direction(new IndexKeyFunc(indexKey, index, call.env()), indexDirection.descending()));
		keys.addAll(keys(call));
		List<@Nullable Object> sorted = sort(ordered.open().drain(call.context()), keys, call);
		return Stream.selection(sorted, table);
	}

	/** The index key of a row as a function, for sorting. */
	private static final class IndexKeyFunc extends Func {

		private final @Nullable IndexKeyFunction function;

		private final String primaryKey;

		IndexKeyFunc(@Nullable IndexKeyFunction function, String primaryKey, Env env) {
			super(new int[] { 0 }, Node.datumNode(null), env);
			this.function = function;
			this.primaryKey = primaryKey;
		}

		@Override
		public @Nullable Object call(@Nullable Object... arguments) {
			if (this.function == null) {
				return Types.object(arguments[0]).get(this.primaryKey);
			}
			return this.function.keys(Types.object(arguments[0])).stream().findFirst().orElse(null);
		}

	}

}
