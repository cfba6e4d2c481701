package io.quire.engine.term;

import java.util.ArrayList;
import java.util.List;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.IndexKeyFunction;
import io.quire.protocol.ErrorType;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/** GROUP (by fields, functions or an index; {@code multi}) and UNGROUP. */
final class GroupTerms {

	private GroupTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.GROUP).args(1, -1).optargs("index", "multi").is(GroupTerms::group);
		specs.term(TermType.UNGROUP).args(1).is(GroupTerms::ungroup);
	}

	private static Object group(Call call) {
		List<Func> selectors = selectors(call);
		boolean multi = call.optBool("multi", false);
		Grouped grouped = new Grouped(true);
		MemoryBudget budget = call.context().memoryBudget();
		try (Stream rows = Values.finite(call.arg(0))) {
			while (rows.hasNext()) {
				Object row = rows.next();
				for (Object key : groupKeys(selectors, row, multi)) {
					budget.charge(row);
					add(grouped, key, row);
				}
			}
		}
		return grouped;
	}

	private static List<Func> selectors(Call call) {
		List<Func> selectors = new ArrayList<>();
		for (int i = 1; i < call.count(); i++) {
			selectors.add(selector(call, i));
		}
		if (call.has("index")) {
			selectors.add(indexSelector(call, call.optString("index")));
		}
		if (selectors.isEmpty()) {
			throw QueryException.queryLogic("Cannot group by nothing.");
		}
		return selectors;
	}

	/**
	 * A function, or a field name; any other datum fails on each row as a field lookup
	 * would (so {@code null} puts every row in the {@code null} group).
	 */
	private static Func selector(Call call, int i) {
		Object value = call.arg(i);
		if (value instanceof Func func) {
			return func;
		}
		if (value instanceof String field) {
			return new FieldFunc(field, call.env());
		}
		QueryException mismatch = Types.mismatch("STRING", Values.datum(value));
		return new Func(new int[] { 0 }, Node.datumNode(null), call.env()) {

			@Override
			public @Nullable Object call(@Nullable Object... arguments) {
				throw mismatch;
			}

		};
	}

	private static Func indexSelector(Call call, String index) {
		TableRef table = SelectionTerms.table(call, 0);
		if (index.equals(table.table().primaryKey())) {
			return new FieldFunc(index, call.env());
		}
		IndexKeyFunction keys = IndexFunctions
			.compileFunction(IndexFunctions.definition(table.table(), index).function());
		return new Func(new int[] { 0 }, Node.datumNode(null), call.env()) {

			@Override
			public @Nullable Object call(@Nullable Object... arguments) {
				return keys.keys(Types.object(arguments[0])).stream().findFirst().orElse(Lazy.skip());
			}

		};
	}

	/**
	 * The groups of a row. With {@code multi}, each selector's array gives one group per
	 * element (an empty array gives {@code null}), combined across selectors.
	 */
	private static List<@Nullable Object> groupKeys(List<Func> selectors, @Nullable Object row, boolean multi) {
		List<List<@Nullable Object>> keys = new ArrayList<>();
		keys.add(new ArrayList<>());
		for (Func selector : selectors) {
			Object part = keyOrNull(selector, row);
			if (part == Lazy.skip()) {
				return List.of();
			}
			keys = combine(keys, multi ? choices(part) : single(part));
		}
		List<@Nullable Object> result = new ArrayList<>();
		for (List<@Nullable Object> key : keys) {
			result.add((selectors.size() == 1) ? key.get(0) : key);
		}
		return result;
	}

	private static List<@Nullable Object> choices(@Nullable Object part) {
		if (part instanceof List<?> list) {
			return list.isEmpty() ? single(null) : new ArrayList<>(list);
		}
		return single(part);
	}

	private static List<@Nullable Object> single(@Nullable Object part) {
		List<@Nullable Object> single = new ArrayList<>();
		single.add(part);
		return single;
	}

	private static List<List<@Nullable Object>> combine(List<List<@Nullable Object>> prefixes,
			List<@Nullable Object> parts) {
		List<List<@Nullable Object>> combined = new ArrayList<>();
		for (List<@Nullable Object> prefix : prefixes) {
			for (Object part : parts) {
				List<@Nullable Object> key = new ArrayList<>(prefix);
				key.add(part);
				combined.add(key);
			}
		}
		return combined;
	}

	private static @Nullable Object keyOrNull(Func selector, @Nullable Object row) {
		try {
			return selector.apply(row);
		}
		catch (QueryException ex) {
			if (ex.errorType() == ErrorType.NON_EXISTENCE) {
				return null;
			}
			throw ex;
		}
	}

	@SuppressWarnings("unchecked")
	private static void add(Grouped grouped, @Nullable Object key, @Nullable Object row) {
		Object members = grouped.groups().get(key);
		if (members == null) {
			members = new ArrayList<>();
			grouped.put(key, members);
		}
		((List<@Nullable Object>) members).add(row);
	}

	private static Object ungroup(Call call) {
		Object value = call.arg(0);
		if (value instanceof Grouped grouped) {
			return grouped.ungroup();
		}
		throw QueryException.queryLogic("Expected type GROUPED_DATA but found " + Values.typeName(value) + ".");
	}

}
