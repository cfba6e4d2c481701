package io.quire.engine.term;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import io.quire.engine.QueryException;
import io.quire.engine.datum.Datums;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * Array edits and set operations: APPEND, PREPEND, INSERT_AT, DELETE_AT, CHANGE_AT,
 * SPLICE_AT, DIFFERENCE, SET_INSERT, SET_UNION, SET_INTERSECTION, SET_DIFFERENCE.
 */
final class ArrayTerms {

	private ArrayTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.APPEND).args(2).perGroup().is((call) -> edit(call, (array) -> array.add(call.datum(1))));
		specs.term(TermType.PREPEND)
			.args(2)
			.perGroup()
			.is((call) -> edit(call, (array) -> array.add(0, call.datum(1))));
		specs.term(TermType.INSERT_AT)
			.args(3)
			.perGroup()
			.is((call) -> edit(call, (array) -> array.add(position(call, array.size(), true), call.datum(2))));
		specs.term(TermType.SPLICE_AT)
			.args(3)
			.perGroup()
			.is((call) -> edit(call, (array) -> array.addAll(position(call, array.size(), true), call.array(2))));
		specs.term(TermType.CHANGE_AT)
			.args(3)
			.perGroup()
			.is((call) -> edit(call, (array) -> array.set(position(call, array.size(), false), call.datum(2))));
		specs.term(TermType.DELETE_AT).args(2, 3).perGroup().is(ArrayTerms::deleteAt);
		specs.term(TermType.DIFFERENCE).args(2).perGroup().is(ArrayTerms::difference);
		specs.term(TermType.SET_INSERT)
			.args(2)
			.perGroup()
			.is((call) -> setOf(call, Collections.singletonList(call.datum(1))));
		specs.term(TermType.SET_UNION).args(2).perGroup().is((call) -> setOf(call, call.array(1)));
		specs.term(TermType.SET_INTERSECTION).args(2).perGroup().is((call) -> setFilter(call, true));
		specs.term(TermType.SET_DIFFERENCE).args(2).perGroup().is((call) -> setFilter(call, false));
	}

	private static List<@Nullable Object> source(Call call) {
		Object value = call.arg(0);
		if (value instanceof Stream || value instanceof TableRef) {
			return Values.stream(value).drain(call.context());
		}
		return new ArrayList<>(call.array(0));
	}

	private static Object edit(Call call, Consumer<List<@Nullable Object>> change) {
		List<@Nullable Object> array = source(call);
		change.accept(array);
		return call.context().checkArray(array);
	}

	/**
	 * Argument 1 as a position in the array: between elements when {@code insert}, at an
	 * element otherwise. The index is checked on the datum (the term's error, as in
	 * RethinkDB); negative positions count from the end.
	 */
	private static int position(Call call, int size, boolean insert) {
		long resolved = fromEnd(Types.integer(call.datum(1)), insert ? size + 1 : size);
		checkWithin(resolved, insert ? size : size - 1, size);
		return (int) resolved;
	}

	/** A negative index counted back from {@code size}, or RethinkDB's error. */
	private static long fromEnd(long index, int size) {
		if (index >= 0) {
			return index;
		}
		if (-index > size) {
			throw QueryException.nonExistence("Index out of bounds: " + index);
		}
		return size + index;
	}

	private static void checkWithin(long index, long last, int size) {
		if (index > last) {
			throw QueryException.nonExistence("Index `" + index + "` out of bounds for array of size: `" + size + "`.");
		}
	}

	/** DELETE_AT of one element, or of the range [start, end) with a third argument. */
	private static Object deleteAt(Call call) {
		List<@Nullable Object> array = source(call);
		if (call.count() == 2) {
			array.remove(position(call, array.size(), false));
			return array;
		}
		long start = fromEnd(Types.integer(call.datum(1)), array.size());
		long end = fromEnd(Types.integer(call.datum(2)), array.size());
		checkWithin(start, array.size(), array.size());
		checkWithin(end, array.size(), array.size());
		if (start > end) {
			throw QueryException.queryLogic("Start index `" + start + "` is greater than end index `" + end + "`.");
		}
		array.subList((int) start, (int) end).clear();
		return array;
	}

	private static Object difference(Call call) {
		List<@Nullable Object> removed = call.array(1);
		List<@Nullable Object> result = new ArrayList<>();
		for (Object element : source(call)) {
			if (removed.stream().noneMatch((other) -> Datums.equal(other, element))) {
				result.add(element);
			}
		}
		return result;
	}

	private static Object setOf(Call call, List<@Nullable Object> extra) {
		List<@Nullable Object> result = new ArrayList<>();
		for (Object element : source(call)) {
			addOnce(result, element);
		}
		extra.forEach((element) -> addOnce(result, element));
		return call.context().checkArray(result);
	}

	private static void addOnce(List<@Nullable Object> set, @Nullable Object element) {
		if (set.stream().noneMatch((other) -> Datums.equal(other, element))) {
			set.add(element);
		}
	}

	private static Object setFilter(Call call, boolean keepShared) {
		List<@Nullable Object> other = call.array(1);
		List<@Nullable Object> result = new ArrayList<>();
		for (Object element : source(call)) {
			boolean shared = other.stream().anyMatch((candidate) -> Datums.equal(candidate, element));
			if (shared == keepShared) {
				addOnce(result, element);
			}
		}
		return result;
	}

}
