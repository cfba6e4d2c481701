package io.quire.engine.term;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.quire.engine.QueryException;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Printer;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/** Types: COERCE_TO, TYPE_OF, INFO and BINARY. */
final class TypeTerms {

	private TypeTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.COERCE_TO).args(2).perGroup().is(TypeTerms::coerceTo);
		specs.term(TermType.TYPE_OF).args(1).is((call) -> Values.typeName(call.arg(0)));
		specs.term(TermType.INFO).args(1).is(Info::of);
		specs.term(TermType.BINARY).args(1).is(TypeTerms::binary);
	}

	private static @Nullable Object coerceTo(Call call) {
		String target = call.string(1).toUpperCase(Locale.ROOT);
		Object value = call.arg(0);
		if (Values.isSequence(value) && !(value instanceof List)) {
			return coerceSequence(call, value, target);
		}
		Object datum = call.datum(0);
		String from = Datums.typeName(datum);
		if (from.equals(target) || from.equals("PTYPE<" + target + ">")) {
			return datum;
		}
		return switch (target) {
			case "STRING" -> toText(datum);
			case "NUMBER" -> toNumber(datum, from);
			case "ARRAY" -> toArray(datum, from);
			case "OBJECT" -> toObject(datum, from);
			case "BOOL" -> (datum != null) && !Boolean.FALSE.equals(datum);
			case "BINARY" -> toBinary(datum, from);
			case "NULL", "FUNCTION", "TABLE", "DB", "STREAM" -> throw cannot(from, target);
			default -> throw QueryException.queryLogic("Unknown Type: " + target);
		};
	}

	private static Object coerceSequence(Call call, Object value, String target) {
		List<@Nullable Object> rows = Values.stream(value).drain(call.context());
		return switch (target) {
			case "ARRAY" -> rows;
			case "OBJECT" -> toObject(rows, "ARRAY");
			case "STREAM", "SELECTION" -> value;
			default -> throw cannot(Values.typeName(value), target);
		};
	}

	private static QueryException cannot(String from, String to) {
		String name = from.equals("PTYPE<BINARY>") ? "BINARY" : from;
		return QueryException.queryLogic("Cannot coerce " + name + " to " + to + ".");
	}

	private static Object toText(@Nullable Object datum) {
		if (Datums.isPseudo(datum, "BINARY")) {
			return new String(Base64.getDecoder().decode((String) Types.object(datum).get("data")),
					StandardCharsets.UTF_8);
		}
		if (datum instanceof String text) {
			return text;
		}
		return Printer.json(Datums.requireJson(datum));
	}

	private static Object toNumber(@Nullable Object datum, String from) {
		if (!(datum instanceof String text)) {
			throw cannot(from, "NUMBER");
		}
		try {
			String trimmed = text.strip();
			if (trimmed.matches("(?i)[+-]?inf(inity)?")) {
				return MathTerms.finite(trimmed.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
			}
			if (trimmed.matches("[+-]?0[xX][0-9a-fA-F]+")) {
				boolean negative = trimmed.startsWith("-");
				double magnitude = Long.parseLong(trimmed.replaceFirst("^[+-]?0[xX]", ""), 16);
				return negative ? -magnitude : magnitude;
			}
			if (trimmed.isEmpty() || trimmed.matches(".*[a-zA-Z&&[^eE]].*")) {
				throw new NumberFormatException();
			}
			return MathTerms.finite(Double.parseDouble(trimmed));
		}
		catch (NumberFormatException ex) {
			throw QueryException.queryLogic("Could not coerce `" + text + "` to NUMBER.");
		}
	}

	private static Object toArray(@Nullable Object datum, String from) {
		if (datum instanceof Map<?, ?> map && Datums.pseudoType(datum) == null) {
			List<Object> pairs = new ArrayList<>();
			map.forEach((key, value) -> pairs.add(new ArrayList<>(Arrays.asList(key, value))));
			return pairs;
		}
		if (datum instanceof String text) {
			List<Object> characters = new ArrayList<>();
			text.codePoints().forEach((c) -> characters.add(new String(Character.toChars(c))));
			return characters;
		}
		throw cannot(from, "ARRAY");
	}

	private static Object toObject(@Nullable Object datum, String from) {
		if (!(datum instanceof List<?> pairs)) {
			throw cannot(from, "OBJECT");
		}
		Map<String, @Nullable Object> object = new TreeMap<>();
		for (Object pair : pairs) {
			List<@Nullable Object> entry = Types.array(pair);
			if (entry.size() != 2) {
				throw QueryException.queryLogic("Expected array of size 2, but got size " + entry.size() + ".");
			}
			object.put(Types.string(entry.get(0)), entry.get(1));
		}
		return object;
	}

	private static Object toBinary(@Nullable Object datum, String from) {
		if (datum instanceof String text) {
			return binaryOf(text.getBytes(StandardCharsets.UTF_8));
		}
		throw cannot(from, "BINARY");
	}

	static Map<String, Object> binaryOf(byte[] bytes) {
		return Datums.object(Datums.REQL_TYPE, "BINARY", "data", Base64.getEncoder().encodeToString(bytes));
	}

	private static Object binary(Call call) {
		Object datum = call.datum(0);
		if (Datums.isPseudo(datum, "BINARY")) {
			return datum;
		}
		return binaryOf(call.string(0).getBytes(StandardCharsets.UTF_8));
	}

}
