package io.quire.data.core.query;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.convert.QuireConverter;
import io.quire.data.core.query.Criteria.Condition;
import io.quire.driver.query.ReqlExpr;
import io.quire.driver.query.Table;

import static io.quire.driver.Quire.r;

/**
 * A read through an index that answers one condition of a conjunction: {@code getAll} for
 * equality and membership, {@code between} for ranges.
 *
 * @param condition the condition the index answers
 * @param path where the tested field lives, with its index
 */
record IndexAccess(Condition condition, FieldPath path) {

	/**
	 * The best index read for the conditions, or {@code null} if none can use an index. Key
	 * lookups beat ranges; the primary key beats secondary indexes.
	 */
	static @Nullable IndexAccess choose(List<Criteria> conjunction, Function<Condition, FieldPath> paths) {
		IndexAccess best = null;
		for (Criteria part : conjunction) {
			if (part instanceof Condition condition && (QueryRenderer.isKeyLookup(condition) || isRange(condition))) {
				FieldPath path = paths.apply(condition);
				if (path.indexed() && path.arrayHops().isEmpty() && !path.collection()) {
					IndexAccess candidate = new IndexAccess(condition, path);
					best = (best == null || candidate.rank() > best.rank()) ? candidate : best;
				}
			}
		}
		return best;
	}

	/** The documents the index yields for the condition. */
	ReqlExpr read(Table table, QuireConverter converter) {
		ReqlExpr read = isRange(this.condition) ? range(table, converter) : lookup(table, converter);
		return this.path.primaryKey() ? read : read.optArg("index", this.path.index());
	}

	private ReqlExpr lookup(Table table, QuireConverter converter) {
		Object value = this.condition.value();
		Collection<?> keys = (value instanceof Collection<?> many) ? many : List.of(value);
		return table.getAll(keys.stream().map(converter::toQuireValue).toArray());
	}

	private ReqlExpr range(Table table, QuireConverter converter) {
		Object low = r.minval();
		Object high = r.maxval();
		String lowBound = "closed";
		String highBound = "closed";
		switch (this.condition.operator()) {
			case GREATER_THAN -> {
				low = converter.toQuireValue(this.condition.value());
				lowBound = "open";
			}
			case GREATER_THAN_OR_EQUAL -> low = converter.toQuireValue(this.condition.value());
			case LESS_THAN -> {
				high = converter.toQuireValue(this.condition.value());
				highBound = "open";
			}
			case LESS_THAN_OR_EQUAL -> high = converter.toQuireValue(this.condition.value());
			default -> {
				low = converter.toQuireValue(this.condition.values().get(0));
				high = converter.toQuireValue(this.condition.values().get(1));
			}
		}
		return table.between(low, high).optArg("left_bound", lowBound).optArg("right_bound", highBound);
	}

	private int rank() {
		return (isRange(this.condition) ? 0 : 2) + (this.path.primaryKey() ? 1 : 0);
	}

	private static boolean isRange(Condition condition) {
		return switch (condition.operator()) {
			case LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL, BETWEEN ->
				!condition.values().contains(null);
			default -> false;
		};
	}

}
