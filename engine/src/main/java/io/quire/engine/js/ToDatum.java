package io.quire.engine.js;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.quire.engine.QueryException;
import io.quire.engine.datum.PseudoTypeInput;
import io.quire.engine.datum.Times;
import org.jspecify.annotations.Nullable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Symbol;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.UniqueTag;

/**
 * JavaScript values as datums, with RethinkDB's rules and error texts: a {@code Date}
 * becomes a TIME in UTC, an object its own enumerable properties; {@code undefined},
 * functions, regular expressions and numbers that are not finite are errors.
 */
final class ToDatum {

	/** RethinkDB's bound on nesting, which also catches circular structures. */
	private static final int RECURSION_LIMIT = 500;

	private final int arrayLimit;

	ToDatum(int arrayLimit) {
		this.arrayLimit = arrayLimit;
	}

	@Nullable Object convert(@Nullable Object value) {
		return convert(value, RECURSION_LIMIT);
	}

	private @Nullable Object convert(@Nullable Object value, int depth) {
		if (depth == 0) {
			throw JsErrors.conversion("Recursion limit exceeded in js_to_json (circular reference?).");
		}
		if (value == null || value instanceof Boolean) {
			return value;
		}
		if (value instanceof CharSequence text) {
			return text.toString();
		}
		if (value instanceof Number number && !(value instanceof BigInteger)) {
			return number(number.doubleValue());
		}
		if (Undefined.isUndefined(value) || value == UniqueTag.NOT_FOUND) {
			throw JsErrors.conversion("Cannot convert javascript `undefined` to ql::datum_t.");
		}
		if (value instanceof Function) {
			throw JsErrors.conversion("Cannot convert function to ql::datum_t.");
		}
		if (value instanceof Scriptable object && !(value instanceof Symbol)) {
			return object(object, depth - 1);
		}
		throw JsErrors.conversion("Unhandled value type when converting to ql::datum_t.");
	}

	private static Double number(double value) {
		if (!Double.isFinite(value)) {
			throw JsErrors.conversion("Number return value is not finite.");
		}
		return value;
	}

	private Object object(Scriptable object, int depth) {
		if (object instanceof NativeArray array) {
			return array(array, depth);
		}
		switch (object.getClassName()) {
			case "RegExp":
				throw JsErrors.conversion("Cannot convert RegExp to ql::datum_t.");
			case "Date":
				return date(object);
			default:
				return plainObject(object, depth);
		}
	}

	private List<@Nullable Object> array(NativeArray array, int depth) {
		long length = array.getLength();
		if (length > this.arrayLimit) {
			throw QueryException.arrayOverLimit(this.arrayLimit);
		}
		List<@Nullable Object> result = new ArrayList<>((int) length);
		for (int i = 0; i < length; i++) {
			result.add(convert(ScriptableObject.getProperty(array, i), depth));
		}
		return result;
	}

	private static Object date(Scriptable date) {
		double millis = Context.toNumber(ScriptableObject.callMethod(date, "getTime", new Object[0]));
		if (Double.isNaN(millis)) {
			throw JsErrors.conversion("Invalid Date in JS environment");
		}
		return Times.time(millis / 1000, "+00:00");
	}

	private Object plainObject(Scriptable object, int depth) {
		Map<String, @Nullable Object> result = new TreeMap<>();
		for (Object id : object.getIds()) {
			if (id instanceof Integer index) {
				result.put(index.toString(), convert(ScriptableObject.getProperty(object, index), depth));
			}
			else if (id instanceof CharSequence name) {
				String key = name.toString();
				result.put(key, convert(ScriptableObject.getProperty(object, key), depth));
			}
		}
		return PseudoTypeInput.check(result);
	}

}
