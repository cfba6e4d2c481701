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
		if (call.has("index")) {
			selectors.add(indexSelector(call, call.optString("index")));
		}
		for (int i = 1; i < call.count(); i++) {
			Object value = call.arg(i);
			selectors.add((value instanceof Func func) ? func : new FieldFunc(call.string(i), call.env()));
		}
		if (selectors.isEmpty()) {
			throw QueryException.queryLogic("Cannot group by nothing.");
		}
		return selectors;
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

	private static List<@Nullable Object> groupKeys(List<Func> selectors, @Nullable Object row, boolean multi) {
		List<@Nullable Object> parts = new ArrayList<>();
		for (Func selector : selectors) {
			parts.add(keyOrNull(selector, row));
		}
		if (parts.contains(Lazy.skip())) {
			return List.of();
		}
		Object key = (parts.size() == 1) ? parts.get(0) : parts;
		if (multi && key instanceof List<?> list) {
			return new ArrayList<>(list);
		}
		List<@Nullable Object> single = new ArrayList<>();
		single.add(key);
		return single;
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
