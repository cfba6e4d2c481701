package io.quire.engine.term;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import io.quire.engine.QueryException;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Printer;
import io.quire.engine.datum.PseudoTypeInput;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * Objects and fields: GET_FIELD, BRACKET, PLUCK, WITHOUT, MERGE, HAS_FIELDS, KEYS,
 * VALUES, LITERAL, OBJECT. On a sequence they apply to every element.
 */
final class ObjectTerms {

	private ObjectTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.GET_FIELD).args(2).perGroup().is(ObjectTerms::getField);
		specs.term(TermType.BRACKET).args(2).perGroup().is(ObjectTerms::bracket);
		specs.term(TermType.PLUCK)
			.args(1, -1)
			.perGroup()
			.is((call) -> eachRow(call, "pluck", (row) -> Paths.pluck(row, call.datums(1))));
		specs.term(TermType.WITHOUT)
			.args(1, -1)
			.perGroup()
			.is((call) -> eachRow(call, "without", (row) -> Paths.without(row, call.datums(1))));
		specs.term(TermType.MERGE).args(1, -1).perGroup().is(ObjectTerms::merge);
		specs.term(TermType.HAS_FIELDS).args(1, -1).perGroup().is(ObjectTerms::hasFields);
		specs.term(TermType.KEYS).args(1).is((call) -> new ArrayList<Object>(plainObject(call, "keys").keySet()));
		specs.term(TermType.VALUES).args(1).is((call) -> new ArrayList<>(plainObject(call, "values").values()));
		specs.term(TermType.LITERAL).args(0, 1).is(ObjectTerms::literal);
		specs.term(TermType.OBJECT).args(0, -1).is(ObjectTerms::object);
	}

	/** Applies {@code transform} to a datum, or to each element of a sequence. */
	static Object eachRow(Call call, Function<@Nullable Object, @Nullable Object> transform) {
		Object value = call.arg(0);
		if (Values.isSequence(value)) {
			Stream rows = Values.stream(value);
			return Values.like(value, Stream.derived(rows, Lazy.map(rows, transform::apply), false), call.context());
		}
		return transform.apply(call.datum(0));
	}

	/**
	 * As {@link #eachRow(Call, Function)}, refusing a pseudo-type datum as {@code term}
	 * does.
	 */
	static Object eachRow(Call call, String term, Function<@Nullable Object, @Nullable Object> transform) {
		if (!Values.isSequence(call.arg(0))) {
			PlainObjects.require(call.datum(0), term);
			return eachRow(call, transform);
		}
		return eachRow(call, (row) -> {
			if (row instanceof List) {
				throw QueryException.queryLogic("Cannot perform " + term + " on a sequence of sequences.");
			}
			return transform.apply(row);
		});
	}

	private static Map<String, @Nullable Object> plainObject(Call call, String term) {
		Object datum = PlainObjects.require(call.datum(0), term);
		if (!(datum instanceof Map)) {
			throw QueryException
				.queryLogic("Cannot call `" + term + "` on objects of type `" + Datums.typeName(datum) + "`.");
		}
		return call.object(0);
	}

	private static Object getField(Call call) {
		String field = call.string(1);
		Object value = call.arg(0);
		if (Values.isSequence(value)) {
			Stream rows = Values.stream(value);
			String term = call.node().type().name().toLowerCase(Locale.ROOT);
			Stream fields = Stream.derived(rows, Lazy.map(rows, (row) -> fieldOrSkip(row, field, term)), false);
			return Values.like(value, fields, call.context());
		}
		String term = call.node().type().name().toLowerCase(Locale.ROOT);
		return field(PlainObjects.require(call.datum(0), term), field, term);
	}

	private static @Nullable Object fieldOrSkip(@Nullable Object row, String field, String term) {
		if (row instanceof Map<?, ?> map && map.containsKey(field)) {
			return map.get(field);
		}
		if (row instanceof Map) {
			return Lazy.skip();
		}
		return field(row, field, term);
	}

	/**
	 * The field of an object, with RethinkDB's errors for a missing field or a
	 * non-object.
	 */
	static @Nullable Object field(@Nullable Object datum, String field) {
		return field(datum, field, "get_field");
	}

	/** As {@link #field(Object, String)}, naming {@code term} in the error. */
	private static @Nullable Object field(@Nullable Object datum, String field, String term) {
		if (!(datum instanceof Map<?, ?> map)) {
			throw Types.typeError(datum,
					"Cannot perform " + term + " on a non-object non-sequence `" + Printer.pretty(datum) + "`.");
		}
		if (!map.containsKey(field)) {
			throw QueryException.nonExistence("No attribute `" + field + "` in object:\n" + Printer.pretty(datum));
		}
		return map.get(field);
	}

	private static @Nullable Object bracket(Call call) {
		Object key = call.datum(1);
		if (key instanceof Double) {
			return TransformTerms.nth(call);
		}
		if (key instanceof String) {
			return getField(call);
		}
		throw QueryException.queryLogic(
				"Expected NUMBER or STRING as second argument to `bracket` but found " + Datums.typeName(key) + ".");
	}

	private static Object merge(Call call) {
		return eachRow(call, "merge", (row) -> {
			Object result = row;
			for (int i = 1; i < call.count(); i++) {
				Object patch = call.arg(i);
				Object current = result;
				Object patchDatum = (patch instanceof Func func) ? call.framed(i, () -> func.apply(current))
						: call.datum(i);
				result = Paths.merge(result, PlainObjects.requirePatch(patchDatum));
			}
			return result;
		});
	}

	private static Object hasFields(Call call) {
		Object value = call.arg(0);
		List<@Nullable Object> selectors = call.datums(1);
		if (Values.isSequence(value)) {
			Stream rows = Values.stream(value);
			Stream matching = Stream.derived(rows, Lazy.filter(rows, (row) -> Paths.hasFields(row, selectors)), true);
			return Values.like(value, matching, call.context());
		}
		Object datum = PlainObjects.require(call.datum(0), "has_fields");
		return Paths.hasFields(Types.object(datum), selectors);
	}

	private static Object literal(Call call) {
		Map<String, Object> literal = Datums.object(Datums.REQL_TYPE, "LITERAL");
		if (call.count() == 1) {
			literal.put("value", call.datum(0));
		}
		return literal;
	}

	private static Object object(Call call) {
		if (call.count() % 2 != 0) {
			throw QueryException
				.queryLogic("OBJECT expects an even number of arguments (but found " + call.count() + ").");
		}
		Map<String, @Nullable Object> object = new TreeMap<>();
		for (int i = 0; i < call.count(); i += 2) {
			String key = call.string(i);
			if (object.containsKey(key)) {
				throw QueryException
					.queryLogic("Duplicate key \"" + key + "\" in object.  (got " + Printer.pretty(object.get(key))
							+ " and " + Printer.pretty(call.datum(i + 1)) + " as values)");
			}
			object.put(key, call.datum(i + 1));
		}
		return PseudoTypeInput.check(object);
	}

}
