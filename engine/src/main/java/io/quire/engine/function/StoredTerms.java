package io.quire.engine.function;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * Between a term as a query sends it and the term tree RethinkDB stores in a function's
 * bytes. RethinkDB stores a term after preprocessing it: every term ends with its
 * backtrace id ({@code [type, [args], {optargs}, bt]}), a plain value becomes
 * {@code [DATUM, value, bt]} and an object {@code [MAKE_OBJ, {fields}, bt]}. Quire writes
 * backtrace id 0 (no backtrace), as RethinkDB does for the terms it generates itself.
 */
final class StoredTerms {

	private static final int DATUM = TermType.DATUM.value();

	private static final int MAKE_OBJ = TermType.MAKE_OBJ.value();

	private static final long NO_BACKTRACE = 0;

	private StoredTerms() {
	}

	/** The stored tree of a term in its wire form. */
	static List<Object> toStored(@Nullable Object wire) {
		if (wire instanceof Map<?, ?> object) {
			return List.of(MAKE_OBJ, storedFields(object), NO_BACKTRACE);
		}
		if (!(wire instanceof List<?> term) || term.isEmpty()) {
			return datum(wire);
		}
		int type = type(term.get(0));
		if (type == DATUM) {
			return datum((term.size() > 1) ? term.get(1) : null);
		}
		List<Object> stored = new ArrayList<>(term.size() + 1);
		stored.add(type);
		for (Object part : term.subList(1, term.size())) {
			stored.add((part instanceof Map<?, ?> optargs) ? storedFields(optargs) : storedArgs(part));
		}
		stored.add(NO_BACKTRACE);
		return stored;
	}

	/** The wire form of a stored tree; backtrace ids are dropped. */
	static @Nullable Object toWire(@Nullable Object stored) {
		if (!(stored instanceof List<?> term) || term.size() < 2 || term.size() > 4
				|| !(term.get(term.size() - 1) instanceof Number)) {
			throw new FunctionBlobException("the function body holds something that is not a stored term: " + stored);
		}
		int type = type(term.get(0));
		if (type == DATUM) {
			return wireDatum(term);
		}
		if (type == MAKE_OBJ && term.size() == 3 && term.get(1) instanceof Map<?, ?> fields) {
			return wireFields(fields);
		}
		List<Object> args = new ArrayList<>();
		Map<String, @Nullable Object> optargs = Map.of();
		for (Object part : term.subList(1, term.size() - 1)) {
			if (part instanceof List<?> list) {
				list.forEach((arg) -> args.add(toWire(arg)));
			}
			else if (part instanceof Map<?, ?> map) {
				optargs = wireFields(map);
			}
		}
		return optargs.isEmpty() ? List.of(type, args) : List.of(type, args, optargs);
	}

	private static List<Object> datum(@Nullable Object value) {
		List<Object> stored = new ArrayList<>(3);
		stored.add(DATUM);
		stored.add(value);
		stored.add(NO_BACKTRACE);
		return stored;
	}

	/**
	 * A stored datum as the wire sends it: a plain value bare, an array or object (which
	 * RethinkDB's generated terms may hold) inside a DATUM term, so it stays a value.
	 */
	private static @Nullable Object wireDatum(List<?> term) {
		if (term.size() != 3) {
			throw new FunctionBlobException("a stored DATUM term has " + term.size() + " elements instead of 3");
		}
		Object value = term.get(1);
		if (value instanceof List<?> || value instanceof Map<?, ?>) {
			List<@Nullable Object> datum = new ArrayList<>(2);
			datum.add(DATUM);
			datum.add(value);
			return datum;
		}
		return value;
	}

	private static List<Object> storedArgs(@Nullable Object args) {
		if (!(args instanceof List<?> list)) {
			throw new FunctionBlobException("a term's arguments are not an array: " + args);
		}
		List<Object> stored = new ArrayList<>(list.size());
		list.forEach((arg) -> stored.add(toStored(arg)));
		return stored;
	}

	private static Map<String, Object> storedFields(Map<?, ?> fields) {
		Map<String, Object> stored = new LinkedHashMap<>();
		fields.forEach((name, value) -> stored.put(String.valueOf(name), toStored(value)));
		return stored;
	}

	private static Map<String, @Nullable Object> wireFields(Map<?, ?> fields) {
		Map<String, @Nullable Object> wire = new LinkedHashMap<>();
		fields.forEach((name, value) -> wire.put(String.valueOf(name), toWire(value)));
		return wire;
	}

	static int type(@Nullable Object type) {
		return (int) integer(type, "a term's type");
	}

	/** An integral JSON number, or a refusal naming what it should be. */
	static long integer(@Nullable Object value, String what) {
		if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
			return number.longValue();
		}
		throw new FunctionBlobException(what + " is not an integer: " + value);
	}

}
