package io.quire.tools.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * RethinkDB 2.4's stored term trees (each term ending with its backtrace id) turned into
 * the wire form a query sends.
 */
final class RethinkTerms {

	private static final int DATUM = 1;

	private static final int MAKE_ARRAY = 2;

	private static final int VAR = 10;

	private RethinkTerms() {
	}

	/** The wire term of a stored one. */
	static @Nullable Object toWire(@Nullable Object stored) {
		if (!(stored instanceof List<?> term) || term.isEmpty() || !(term.get(0) instanceof Number type)) {
			throw new IllegalArgumentException("not a RethinkDB term: " + stored);
		}
		if (type.intValue() == DATUM) {
			return datum((term.size() > 1) ? term.get(1) : null);
		}
		List<Object> args = new ArrayList<>();
		Map<String, Object> optargs = new LinkedHashMap<>();
		for (Object part : term.subList(1, term.size() - 1)) {
			if (part instanceof List<?> list) {
				list.forEach((arg) -> args.add(toWire(arg)));
			}
			else if (part instanceof Map<?, ?> map) {
				map.forEach((name, value) -> optargs.put(String.valueOf(name), toWire(value)));
			}
		}
		return optargs.isEmpty() ? List.of(type.intValue(), args) : List.of(type.intValue(), args, optargs);
	}

	/** A datum as a wire term: arrays become MAKE_ARRAY, objects keep their fields. */
	private static @Nullable Object datum(@Nullable Object value) {
		if (value instanceof List<?> list) {
			List<Object> elements = new ArrayList<>();
			list.forEach((element) -> elements.add(datum(element)));
			return List.of(MAKE_ARRAY, elements);
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> fields = new LinkedHashMap<>();
			map.forEach((name, field) -> fields.put(String.valueOf(name), datum(field)));
			return fields;
		}
		return value;
	}

	/** The ids of the VAR terms of a stored tree, in order of first use. */
	static Set<Object> variables(@Nullable Object stored) {
		Set<Object> ids = new LinkedHashSet<>();
		collect(stored, ids);
		return ids;
	}

	private static void collect(@Nullable Object stored, Set<Object> ids) {
		if (!(stored instanceof List<?> term) || term.isEmpty() || !(term.get(0) instanceof Number type)
				|| type.intValue() == DATUM) {
			return;
		}
		if (type.intValue() == VAR && term.get(1) instanceof List<?> args && !args.isEmpty()
				&& args.get(0) instanceof List<?> id && id.size() > 1) {
			ids.add(id.get(1));
			return;
		}
		for (Object part : term.subList(1, term.size() - 1)) {
			if (part instanceof List<?> list) {
				list.forEach((arg) -> collect(arg, ids));
			}
			else if (part instanceof Map<?, ?> map) {
				map.values().forEach((value) -> collect(value, ids));
			}
		}
	}

}
