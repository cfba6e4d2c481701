package io.quire.engine.datum;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.quire.engine.QueryException;
import io.quire.engine.storage.StoredDocument;
import org.jspecify.annotations.Nullable;

/**
 * The datum model: {@code null}, {@link Boolean}, {@link Double}, {@link String},
 * {@link List} and {@link Map} (sorted by key; pseudo-types carry a {@code $reql_type$}
 * key). This class names types as RethinkDB does and converts parsed JSON into datums.
 */
public final class Datums {

	/** The key that marks a pseudo-type object. */
	public static final String REQL_TYPE = "$reql_type$";

	private Datums() {
	}

	/**
	 * Converts parsed JSON into a datum: every number becomes a {@link Double}, every
	 * object a sorted map (pseudo-types checked, see {@link PseudoTypeInput}), every
	 * array a mutable list.
	 */
	public static @Nullable Object normalize(@Nullable Object value) {
		if (value == null || value instanceof String || value instanceof Boolean || value instanceof Double) {
			return value;
		}
		if (value instanceof Number number) {
			return toDouble(number);
		}
		if (value instanceof List<?> list) {
			List<Object> result = new ArrayList<>(list.size());
			list.forEach((element) -> result.add(normalize(element)));
			return result;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> result = new TreeMap<>();
			map.forEach((key, element) -> result.put(String.valueOf(key), normalize(element)));
			return PseudoTypeInput.check(result);
		}
		throw QueryException.client("Unsupported JSON value of type " + value.getClass().getSimpleName() + ".");
	}

	private static Double toDouble(Number number) {
		if (number instanceof BigInteger || number instanceof BigDecimal) {
			return new BigDecimal(number.toString()).doubleValue();
		}
		return number.doubleValue();
	}

	/**
	 * RethinkDB's name of the datum's type, e.g. {@code NUMBER} or {@code PTYPE<TIME>}.
	 */
	public static String typeName(@Nullable Object datum) {
		if (datum == null) {
			return "NULL";
		}
		if (datum instanceof Boolean) {
			return "BOOL";
		}
		if (datum instanceof Double) {
			return "NUMBER";
		}
		if (datum instanceof String) {
			return "STRING";
		}
		if (datum instanceof List) {
			return "ARRAY";
		}
		if (datum instanceof Map<?, ?> map) {
			Object reqlType = map.get(REQL_TYPE);
			return (reqlType instanceof String name) ? "PTYPE<" + name + ">" : "OBJECT";
		}
		if (isExtremum(datum)) {
			return ((Enum<?>) datum).name();
		}
		return "DATUM";
	}

	/**
	 * Whether the value is {@code r.minval} or {@code r.maxval} (an enum constant named
	 * {@code MINVAL} or {@code MAXVAL}): datums that order below or above all others.
	 */
	public static boolean isExtremum(@Nullable Object datum) {
		return datum instanceof Enum<?> constant
				&& (constant.name().equals("MINVAL") || constant.name().equals("MAXVAL"));
	}

	/**
	 * The datum, unless it holds {@code r.minval} or {@code r.maxval}, which JSON cannot
	 * show.
	 */
	public static @Nullable Object requireJson(@Nullable Object datum) {
		Object extremum = findExtremum(datum);
		if (extremum != null) {
			throw QueryException.queryLogic("Cannot convert `" + Printer.json(extremum) + "` to JSON.");
		}
		return datum;
	}

	/** The first {@code r.minval} or {@code r.maxval} in a datum, at any depth. */
	public static @Nullable Object findExtremum(@Nullable Object datum) {
		if (isExtremum(datum)) {
			return datum;
		}
		Iterable<?> parts = (datum instanceof List<?> list) ? list
				: (datum instanceof Map<?, ?> map) ? map.values() : List.of();
		for (Object part : parts) {
			Object found = findExtremum(part);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/**
	 * The pseudo-type name of an object, or {@code null} for a plain object or another
	 * datum.
	 */
	public static @Nullable String pseudoType(@Nullable Object datum) {
		if (datum instanceof Map<?, ?> map && map.get(REQL_TYPE) instanceof String name) {
			return name;
		}
		return null;
	}

	/** Whether the datum is a pseudo-type object of the given name. */
	public static boolean isPseudo(@Nullable Object datum, String name) {
		return name.equals(pseudoType(datum));
	}

	/** ReQL equality: numbers by value, arrays and objects element by element. */
	public static boolean equal(@Nullable Object left, @Nullable Object right) {
		return DatumOrder.compare(left, right) == 0;
	}

	/** A new sorted object. */
	public static Map<String, Object> object() {
		return new TreeMap<>();
	}

	/** A new sorted object with the given entries (key, value, key, value...). */
	public static Map<String, Object> object(Object... keysAndValues) {
		Map<String, Object> result = new TreeMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			result.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return result;
	}

	/** A number datum. */
	public static Double number(double value) {
		return value;
	}

	/** Whether the double is an integer that fits a long exactly. */
	public static boolean isInteger(double value) {
		return value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 9.007199254740992E15;
	}

	/** The approximate size of a datum written as JSON, for batch limits. */
	public static long approximateSize(@Nullable Object datum) {
		if (datum instanceof String text) {
			return text.length() + 2;
		}
		if (datum instanceof StoredDocument stored) {
			return stored.storedSize();
		}
		if (datum instanceof List<?> list) {
			long size = 2;
			for (Object element : list) {
				size += approximateSize(element) + 1;
			}
			return size;
		}
		if (datum instanceof Map<?, ?> map) {
			long size = 2;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				size += String.valueOf(entry.getKey()).length() + 4 + approximateSize(entry.getValue());
			}
			return size;
		}
		return 8;
	}

}
