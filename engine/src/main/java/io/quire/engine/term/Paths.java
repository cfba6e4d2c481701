package io.quire.engine.term;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.quire.engine.QueryException;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Printer;
import org.jspecify.annotations.Nullable;

/**
 * Field selectors as {@code pluck}, {@code without} and {@code hasFields} take them:
 * names, arrays of selectors, and nested objects ({@code {a: {b: true}}}), plus deep
 * {@code merge}.
 */
final class Paths {

	private Paths() {
	}

	static Map<String, @Nullable Object> pluck(@Nullable Object row, List<@Nullable Object> selectors) {
		Map<String, @Nullable Object> object = Types.object(row);
		requireValid(selectors);
		Map<String, @Nullable Object> result = new TreeMap<>();
		for (Object selector : selectors) {
			pluckInto(object, selector, result);
		}
		return result;
	}

	private static void pluckInto(Map<String, @Nullable Object> object, @Nullable Object selector,
			Map<String, @Nullable Object> result) {
		if (selector instanceof String field) {
			if (object.containsKey(field)) {
				result.put(field, object.get(field));
			}
		}
		else if (selector instanceof List<?> list) {
			list.forEach((element) -> pluckInto(object, element, result));
		}
		else if (selector instanceof Map<?, ?> nested) {
			nested.forEach((key, inner) -> pluckNested(object, (String) key, inner, result));
		}
		else {
			throw QueryException.queryLogic("Invalid path argument `" + Printer.pretty(selector) + "`.");
		}
	}

	private static void pluckNested(Map<String, @Nullable Object> object, String key, @Nullable Object inner,
			Map<String, @Nullable Object> result) {
		if (!object.containsKey(key)) {
			return;
		}
		Object value = object.get(key);
		if (Boolean.TRUE.equals(inner)) {
			result.put(key, value);
		}
		else if (value instanceof Map<?, ?>) {
			result.put(key, pluck(value, List.of(inner)));
		}
		else if (value instanceof List<?> list) {
			List<Object> plucked = new ArrayList<>();
			list.stream()
				.filter(Map.class::isInstance)
				.forEach((element) -> plucked.add(pluck(element, List.of(inner))));
			result.put(key, plucked);
		}
	}

	static Map<String, @Nullable Object> without(@Nullable Object row, List<@Nullable Object> selectors) {
		Map<String, @Nullable Object> result = new TreeMap<>(Types.object(row));
		requireValid(selectors);
		for (Object selector : selectors) {
			removeFrom(result, selector);
		}
		return result;
	}

	private static void removeFrom(Map<String, @Nullable Object> object, @Nullable Object selector) {
		if (selector instanceof String field) {
			object.remove(field);
		}
		else if (selector instanceof List<?> list) {
			list.forEach((element) -> removeFrom(object, element));
		}
		else if (selector instanceof Map<?, ?> nested) {
			nested.forEach((key, inner) -> removeNested(object, (String) key, inner));
		}
	}

	private static void removeNested(Map<String, @Nullable Object> object, String key, @Nullable Object inner) {
		Object value = object.get(key);
		if (Boolean.TRUE.equals(inner)) {
			object.remove(key);
		}
		else if (value instanceof Map<?, ?>) {
			object.put(key, without(value, List.of(inner)));
		}
	}

	static boolean hasFields(@Nullable Object row, List<@Nullable Object> selectors) {
		if (!(row instanceof Map<?, ?>)) {
			return false;
		}
		requireValid(selectors);
		for (Object selector : selectors) {
			if (!has(Types.object(row), selector)) {
				return false;
			}
		}
		return true;
	}

	private static boolean has(Map<String, @Nullable Object> object, @Nullable Object selector) {
		if (selector instanceof String field) {
			return object.get(field) != null;
		}
		if (selector instanceof List<?> list) {
			return list.stream().allMatch((element) -> has(object, element));
		}
		if (selector instanceof Map<?, ?> nested) {
			return nested.entrySet()
				.stream()
				.allMatch((entry) -> hasNested(object, (String) entry.getKey(), entry.getValue()));
		}
		throw QueryException.queryLogic("Invalid path argument `" + Printer.pretty(selector) + "`.");
	}

	private static boolean hasNested(Map<String, @Nullable Object> object, String key, @Nullable Object inner) {
		Object value = object.get(key);
		if (Boolean.TRUE.equals(inner)) {
			return value != null;
		}
		return value instanceof Map<?, ?> && has(Types.object(value), inner);
	}

	/**
	 * Checks every selector before any is used, as RethinkDB parses a whole path: names,
	 * arrays of selectors and objects whose values are {@code true} or selectors.
	 * Anything else (a number, {@code false}, a TIME's epoch) is an invalid path
	 * argument, even where a shorter walk would have stopped first.
	 */
	static void requireValid(List<@Nullable Object> selectors) {
		selectors.forEach(Paths::requireSelector);
	}

	private static void requireSelector(@Nullable Object selector) {
		if (selector instanceof String) {
			return;
		}
		if (selector instanceof List<?> list) {
			list.forEach(Paths::requireSelector);
		}
		else if (selector instanceof Map<?, ?> nested) {
			nested.values().stream().filter((inner) -> !Boolean.TRUE.equals(inner)).forEach(Paths::requireSelector);
		}
		else {
			throw QueryException.queryLogic("Invalid path argument `" + Printer.pretty(selector) + "`.");
		}
	}

	/**
	 * Deep merge; {@code r.literal(x)} replaces instead of merging, {@code r.literal()}
	 * removes.
	 */
	static @Nullable Object merge(@Nullable Object base, @Nullable Object patch) {
		if (Datums.isPseudo(patch, "LITERAL")) {
			// a literal cannot nest inside another literal
			return StrayLiterals.check(((Map<?, ?>) patch).get("value"));
		}
		if (!(patch instanceof Map<?, ?> patchObject) || Datums.pseudoType(patch) != null
				|| !(base instanceof Map<?, ?>) || Datums.pseudoType(base) != null) {
			return stripLiterals(patch);
		}
		Map<String, @Nullable Object> result = new TreeMap<>(Types.object(base));
		patchObject.forEach((key, value) -> {
			if (Datums.isPseudo(value, "LITERAL") && !((Map<?, ?>) value).containsKey("value")) {
				result.remove((String) key);
			}
			else {
				result.put((String) key, merge(result.get(key), value));
			}
		});
		return result;
	}

	/** Removes literal markers from a value written as is. */
	static @Nullable Object stripLiterals(@Nullable Object value) {
		if (Datums.isPseudo(value, "LITERAL")) {
			return stripLiterals(((Map<?, ?>) value).get("value"));
		}
		if (value instanceof Map<?, ?> map && Datums.pseudoType(value) == null) {
			Map<String, @Nullable Object> result = new TreeMap<>();
			map.forEach((key, element) -> {
				if (!(Datums.isPseudo(element, "LITERAL") && !((Map<?, ?>) element).containsKey("value"))) {
					result.put((String) key, stripLiterals(element));
				}
			});
			return result;
		}
		return value;
	}

}
