package io.quire.engine.js;

import java.util.List;
import java.util.Map;

import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Times;
import org.jspecify.annotations.Nullable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Datums as JavaScript values, as RethinkDB passes them to a function from {@code r.js}:
 * numbers, strings, booleans and null as themselves, arrays and objects as fresh
 * JavaScript ones, TIME as a {@code Date}; BINARY cannot be passed.
 */
final class ToJs {

	private final Context context;

	private final Scriptable scope;

	ToJs(Context context, Scriptable scope) {
		this.context = context;
		this.scope = scope;
	}

	@Nullable Object convert(@Nullable Object datum) {
		if (datum instanceof List<?> list) {
			Object[] elements = new Object[list.size()];
			for (int i = 0; i < elements.length; i++) {
				elements[i] = convert(list.get(i));
			}
			return this.context.newArray(this.scope, elements);
		}
		if (datum instanceof Map<?, ?> map) {
			return object(map);
		}
		return datum;
	}

	private Scriptable object(Map<?, ?> map) {
		if (Datums.isPseudo(map, "TIME")) {
			double millis = Times.epochSeconds(map) * 1000;
			return this.context.newObject(this.scope, "Date", new Object[] { millis });
		}
		if (Datums.isPseudo(map, "BINARY")) {
			throw JsErrors.conversion("`r.binary` data cannot be used in `r.js`.");
		}
		Scriptable object = this.context.newObject(this.scope);
		map.forEach((key, value) -> put(object, (String) key, convert(value)));
		return object;
	}

	private static void put(Scriptable object, String key, @Nullable Object value) {
		int index = arrayIndex(key);
		if (index >= 0) {
			ScriptableObject.putProperty(object, index, value);
		}
		else {
			ScriptableObject.putProperty(object, key, value);
		}
	}

	/** The key as a canonical array index, or -1 (JavaScript treats "1" and 1 alike). */
	private static int arrayIndex(String key) {
		if (key.isEmpty() || key.length() > 9 || (key.length() > 1 && key.charAt(0) == '0')) {
			return -1;
		}
		for (int i = 0; i < key.length(); i++) {
			if (key.charAt(i) < '0' || key.charAt(i) > '9') {
				return -1;
			}
		}
		return Integer.parseInt(key);
	}

}
