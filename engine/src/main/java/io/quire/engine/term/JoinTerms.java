package io.quire.engine.term;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.RowIterator;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.Datums;
import io.quire.protocol.ErrorType;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * Joins: EQ_JOIN (by primary key or index lookups), INNER_JOIN and OUTER_JOIN (nested
 * loops).
 */
final class JoinTerms {

	private JoinTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.EQ_JOIN).args(3).optargs("index", "ordered").perGroup().is(JoinTerms::eqJoin);
		specs.term(TermType.INNER_JOIN).args(3).perGroup().is((call) -> nestedLoop(call, false));
		specs.term(TermType.OUTER_JOIN).args(3).perGroup().is((call) -> nestedLoop(call, true));
	}

	private static Object eqJoin(Call call) {
		Object source = call.arg(0);
		Table right = SelectionTerms.table(call, 2).table();
		String index = call.has("index") ? call.optString("index") : right.primaryKey();
		GeoIndexes.refuse(right, index);
		Func key = (call.arg(1) instanceof Func func) ? func : new FieldFunc(call.string(1), call.env());
		Stream left = Values.stream(source);
		List<RowIterator> opened = new ArrayList<>();
		Iterator<@Nullable Object> pairs = Lazy.flatMap(left, (row) -> {
			Object joinKey = call.framed(1, () -> keyOrSkip(key, row));
			if (joinKey == Lazy.skip() || joinKey == null) {
				return Collections.emptyIterator();
			}
			RowIterator matches = right.getAll(index, joinKey);
			opened.add(matches);
			return Lazy.map(matches, (match) -> pair(row, match));
		});
		Stream joined = new Stream(pairs, () -> {
			opened.forEach(RowIterator::close);
			left.close();
		}, null, false);
		return Values.like(source, joined, call.context());
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

	private static Map<String, Object> pair(@Nullable Object left, @Nullable Object right) {
		return Datums.object("left", left, "right", right);
	}

	private static Object nestedLoop(Call call, boolean outer) {
		Object source = call.arg(0);
		List<@Nullable Object> right = Values.stream(call.arg(1)).drain(call.context());
		Func predicate = call.func(2);
		Stream left = Values.stream(source);
		Iterator<@Nullable Object> pairs = Lazy.flatMap(left, (row) -> {
			List<Object> matches = new ArrayList<>();
			for (Object candidate : right) {
				if (call.framed(2, () -> predicate.test(row, candidate))) {
					matches.add(pair(row, candidate));
				}
			}
			if (outer && matches.isEmpty()) {
				matches.add(Datums.object("left", row));
			}
			return matches.iterator();
		});
		return Values.like(source, Stream.derived(left, pairs, false), call.context());
	}

}
