package io.quire.engine.term;

import java.util.List;
import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Printer;
import org.jspecify.annotations.Nullable;

/**
 * Type checks of datums with RethinkDB's messages ("Expected type NUMBER but found
 * STRING.").
 */
public final class Types {

	/** The largest integer a double holds exactly (2^53). */
	static final double MAX_EXACT_INTEGER = 9007199254740992d;

	private Types() {
	}

	/**
	 * A type error; about a null value it is a NON_EXISTENCE error, which {@code default}
	 * catches.
	 */
	public static QueryException mismatch(String expected, @Nullable Object datum) {
		return typeError(datum, "Expected type " + expected + " but found " + Datums.typeName(datum) + ".");
	}

	/**
	 * An error about a value's type: NON_EXISTENCE when the value is null, else
	 * QUERY_LOGIC.
	 */
	public static QueryException typeError(@Nullable Object datum, String message) {
		return (datum == null) ? QueryException.nonExistence(message) : QueryException.queryLogic(message);
	}

	public static double number(@Nullable Object datum) {
		if (datum instanceof Double number) {
			return number;
		}
		throw mismatch("NUMBER", datum);
	}

	/**
	 * A number that must be an integer in [-2^53, 2^53] ("Number not an integer: 1.5",
	 * "Number not an integer (>2^53): 9007199254740994").
	 */
	public static long integer(@Nullable Object datum) {
		double value = number(datum);
		if (value != Math.rint(value) || Math.abs(value) > MAX_EXACT_INTEGER) {
			String range = (value < -MAX_EXACT_INTEGER) ? " (<-2^53)" : (value > MAX_EXACT_INTEGER) ? " (>2^53)" : "";
			throw QueryException.queryLogic("Number not an integer" + range + ": " + Printer.exact(value));
		}
		return (long) value;
	}

	public static String string(@Nullable Object datum) {
		if (datum instanceof String text) {
			return text;
		}
		throw mismatch("STRING", datum);
	}

	public static boolean bool(@Nullable Object datum) {
		if (datum instanceof Boolean bool) {
			return bool;
		}
		throw mismatch("BOOL", datum);
	}

	@SuppressWarnings("unchecked")
	public static List<@Nullable Object> array(@Nullable Object datum) {
		if (datum instanceof List<?> list) {
			return (List<@Nullable Object>) list;
		}
		throw mismatch("ARRAY", datum);
	}

	/** A plain object or pseudo-type object. */
	@SuppressWarnings("unchecked")
	public static Map<String, @Nullable Object> object(@Nullable Object datum) {
		if (datum instanceof Map<?, ?> map) {
			return (Map<String, @Nullable Object>) map;
		}
		throw mismatch("OBJECT", datum);
	}

}
