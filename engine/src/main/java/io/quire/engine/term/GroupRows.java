package io.quire.engine.term;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quire.engine.QueryException;
import io.quire.engine.datum.Datums;
import io.quire.protocol.ErrorType;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * Which groups a per-group aggregation leaves out. As in RethinkDB, {@code count(x)} and
 * {@code sum}, {@code avg}, {@code min}, {@code max} of a field or function first keep
 * the rows that {@code x} selects; a group left with no rows has no result at all
 * ({@code group('a').avg('b')} omits the groups where no row has {@code b}).
 */
final class GroupRows {

	private static final Set<TermType> SELECTING = EnumSet.of(TermType.COUNT, TermType.SUM, TermType.AVG, TermType.MIN,
			TermType.MAX);

	private GroupRows() {
	}

	/** Whether the group of {@code rows} vanishes under the term {@code call} makes. */
	static boolean vanishes(TermType type, Call call, @Nullable Object rows) {
		if (!SELECTING.contains(type) || call.count() < 2 || !(rows instanceof List<?> list)) {
			return false;
		}
		Object selector = call.arg(1);
		for (Object row : list) {
			if (selects(type, selector, row)) {
				return false;
			}
		}
		return true;
	}

	private static boolean selects(TermType type, @Nullable Object selector, @Nullable Object row) {
		if (selector instanceof Func func) {
			try {
				if (type == TermType.COUNT) {
					return func.filters(row);
				}
				func.apply(row);
				return true;
			}
			catch (QueryException ex) {
				if (ex.errorType() == ErrorType.NON_EXISTENCE) {
					return false;
				}
				throw ex;
			}
		}
		if (type == TermType.COUNT) {
			return Datums.equal(selector, row);
		}
		return selector instanceof String field && row instanceof Map<?, ?> map && map.containsKey(field);
	}

}
