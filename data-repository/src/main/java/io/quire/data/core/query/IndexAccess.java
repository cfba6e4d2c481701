package io.quire.data.core.query;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.convert.QuireConverter;
import io.quire.data.core.query.Criteria.Condition;
import io.quire.driver.query.ReqlExpr;
import io.quire.driver.query.Table;

import static io.quire.driver.Quire.r;

/**
 * A read through an index that answers one condition of a conjunction: {@code getAll} for
 * equality and membership, {@code between} for ranges, and {@code getAll} on a multi
 * index for an element of an indexed collection.
 *
 * @param condition the condition the index answers
 * @param path where the tested field lives, with its index
 */
record IndexAccess(Condition condition, FieldPath path) {

	/**
	 * The best index read for the conditions, or {@code null} if none can use an index.
	 * Key lookups beat ranges; the primary key beats secondary indexes. A secondary index
	 * is only read if {@code usable} says it can be (it exists and is ready); it is asked
	 * only about indexes that could answer a condition.
	 */
	static @Nullable IndexAccess choose(List<Criteria> conjunction, Function<Condition, FieldPath> paths,
			Predicate<String> usable) {
		IndexAccess best = null;
		for (Criteria part : conjunction) {
			if (part instanceof Condition condition) {
				FieldPath path = paths.apply(condition);
				if (path.indexed() && path.arrayHops().isEmpty() && isAnswerable(condition, path)
						&& (path.primaryKey() || usable.test(path.index()))) {
					IndexAccess candidate = new IndexAccess(condition, path);
					best = (best == null || candidate.rank() > best.rank()) ? candidate : best;
				}
			}
		}
		return best;
	}

	/**
	 * The documents the index yields for the condition. A multi index yields a document
	 * once for each of the keys it holds, so several keys are read as the distinct
	 * primary keys of the matches.
	 */
	ReqlExpr read(Table table, QuireConverter converter, String primaryKey) {
		if (isRange(this.condition)) {
			return onIndex(range(table, converter));
		}
		Object[] keys = keys(converter);
		ReqlExpr read = onIndex(table.getAll(keys));
		if (this.path.collection() && keys.length > 1) {
			return table.getAll(r.args(read.bracket(primaryKey).distinct().coerceTo("array")));
		}
		return read;
	}

	private ReqlExpr onIndex(ReqlExpr read) {
		return this.path.primaryKey() ? read : read.optArg("index", this.path.index());
	}

	private Object[] keys(QuireConverter converter) {
		Object value = this.condition.value();
		Collection<?> keys = (value instanceof Collection<?> many) ? many : List.of(value);
		return keys.stream().map(converter::toQuireValue).toArray();
	}

	private static boolean isAnswerable(Condition condition, FieldPath path) {
		if (path.collection()) {
			return isElementLookup(condition);
		}
		return QueryRenderer.isKeyLookup(condition) || isRange(condition);
	}

	/**
	 * Whether the condition asks for documents whose collection holds an element (or one
	 * of several), which a multi index on the collection answers.
	 */
	static boolean isElementLookup(Condition condition) {
		if (condition.ignoreCase()) {
			return false;
		}
		return switch (condition.operator()) {
			case EQUALS, CONTAINS -> isElement(condition.value());
			case IN -> condition.value() instanceof Collection<?> keys && !keys.isEmpty()
					&& keys.stream().allMatch(IndexAccess::isElement);
			default -> false;
		};
	}

	private static boolean isElement(@Nullable Object value) {
		return value != null && !(value instanceof Collection<?>) && !value.getClass().isArray();
	}

	private ReqlExpr range(Table table, QuireConverter converter) {
		List<Object> values = this.condition.values().stream().map(converter::toQuireValue).toList();
		Bounds bounds = switch (this.condition.operator()) {
			case GREATER_THAN -> new Bounds(values.get(0), "open", r.maxval(), "closed");
			case GREATER_THAN_OR_EQUAL -> new Bounds(values.get(0), "closed", r.maxval(), "closed");
			case LESS_THAN -> new Bounds(r.minval(), "closed", values.get(0), "open");
			case LESS_THAN_OR_EQUAL -> new Bounds(r.minval(), "closed", values.get(0), "closed");
			default -> new Bounds(values.get(0), "closed", values.get(1), "closed");
		};
		return table.between(bounds.low(), bounds.high())
			.optArg("left_bound", bounds.lowBound())
			.optArg("right_bound", bounds.highBound());
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

	/**
	 * The ends of a {@code between} and whether each is included ({@code closed}) or not
	 * ({@code open}).
	 */
	private record Bounds(Object low, String lowBound, Object high, String highBound) {
	}

}
