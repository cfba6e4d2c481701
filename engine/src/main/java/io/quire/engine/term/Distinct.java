package io.quire.engine.term;

import java.util.List;
import java.util.TreeSet;

import io.quire.engine.catalog.IndexDefinition;
import io.quire.engine.catalog.IndexKeyFunction;
import io.quire.engine.datum.DatumOrder;
import org.jspecify.annotations.Nullable;

/** DISTINCT on an index: every key of the index once, in index order. */
final class Distinct {

	private Distinct() {
	}

	/** The distinct keys of {@code index} among the rows of a table or table slice. */
	static Stream onIndex(TableRef table, String index) {
		TreeSet<@Nullable Object> keys = new TreeSet<>(DatumOrder.COMPARATOR);
		try (Stream rows = table.open()) {
			if (index.equals(table.table().primaryKey())) {
				rows.forEachRemaining((row) -> keys.add(Types.object(row).get(index)));
			}
			else {
				IndexDefinition definition = IndexFunctions.definition(table.table(), index);
				IndexKeyFunction function = IndexFunctions.compileFunction(definition.function());
				rows.forEachRemaining((row) -> function.keys(Types.object(row))
					.forEach((key) -> addKey(keys, key, definition.multi())));
			}
		}
		return Stream.of(keys.iterator());
	}

	private static void addKey(TreeSet<@Nullable Object> keys, @Nullable Object key, boolean multi) {
		if (multi && key instanceof List<?> list) {
			keys.addAll(list);
		}
		else {
			keys.add(key);
		}
	}

}
