package io.quire.engine.index;

import java.util.List;
import java.util.Map;

import io.quire.engine.datum.Datums;
import org.jspecify.annotations.Nullable;

/**
 * Which values RethinkDB stores as keys of a (non-geospatial) secondary index: numbers,
 * strings, booleans, BINARY and TIME values, and arrays of those (nested arrays too). A
 * row whose index value is anything else (null, an object, geometry, {@code r.minval} or
 * {@code r.maxval}, an array holding one of those) is left out of that index, as
 * RethinkDB leaves it out when it fails to print the key.
 */
public final class SecondaryKeyRules {

	private SecondaryKeyRules() {
	}

	/** Whether the value can be a secondary index key. */
	public static boolean indexable(@Nullable Object value) {
		if (value instanceof List<?> list) {
			return list.stream().allMatch(SecondaryKeyRules::indexable);
		}
		if (value instanceof Map) {
			String type = Datums.pseudoType(value);
			return "TIME".equals(type) || "BINARY".equals(type);
		}
		return value instanceof Number || value instanceof String || value instanceof Boolean;
	}

}
