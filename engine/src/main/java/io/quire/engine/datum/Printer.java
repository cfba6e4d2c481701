package io.quire.engine.datum;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Writes datums as JSON: compactly (for {@code to_json_string} and string coercion) or in
 * RethinkDB's tab-indented form used inside error messages.
 */
public final class Printer {

	private Printer() {
	}

	/** Compact JSON, object keys sorted, integral numbers without a decimal point. */
	public static String json(@Nullable Object datum) {
		StringBuilder out = new StringBuilder();
		write(out, datum, -1);
		return out.toString();
	}

	/** The tab-indented form RethinkDB embeds in error messages. */
	public static String pretty(@Nullable Object datum) {
		StringBuilder out = new StringBuilder();
		write(out, datum, 0);
		return out.toString();
	}

	/** A number as RethinkDB writes it: integral values without a decimal point. */
	public static String number(double value) {
		if (Datums.isInteger(value) && !(value == 0 && 1 / value < 0)) {
			return Long.toString((long) value);
		}
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return Double.toString(value);
		}
		double magnitude = Math.abs(value);
		if (magnitude >= 1e-7 && magnitude < 1e21) {
			return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
		}
		String text = Double.toString(value);
		int exponent = text.indexOf('E');
		if (exponent < 0) {
			return text;
		}
		String mantissa = text.substring(0, exponent);
		if (mantissa.endsWith(".0")) {
			mantissa = mantissa.substring(0, mantissa.length() - 2);
		}
		String power = text.substring(exponent + 1);
		return mantissa + "e" + (power.startsWith("-") ? power : "+" + power);
	}

	/**
	 * A number with the 20 significant digits RethinkDB uses in some messages (C's
	 * {@code %.20g}): {@code 0.1} prints as {@code 0.10000000000000000555}.
	 */
	public static String exact(double value) {
		if (Double.isNaN(value)) {
			return "nan";
		}
		if (Double.isInfinite(value)) {
			return (value > 0) ? "inf" : "-inf";
		}
		if (value == 0) {
			return (1 / value < 0) ? "-0" : "0";
		}
		BigDecimal rounded = new BigDecimal(value).round(new MathContext(20)).stripTrailingZeros();
		int exponent = rounded.precision() - rounded.scale() - 1;
		if (exponent >= -5 && exponent < 20) {
			return rounded.toPlainString();
		}
		BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
		String sign = (exponent < 0) ? "-" : "+";
		return mantissa.toPlainString() + "e" + sign + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
	}

	/** JSON string literal with escapes. */
	public static String quote(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2);
		writeString(out, text);
		return out.toString();
	}

	private static void write(StringBuilder out, @Nullable Object datum, int depth) {
		if (datum == null) {
			out.append("null");
		}
		else if (datum instanceof Double number) {
			out.append(number(number));
		}
		else if (datum instanceof Number number) {
			out.append(number(number.doubleValue()));
		}
		else if (datum instanceof String text) {
			writeString(out, text);
		}
		else if (datum instanceof List<?> list) {
			writeArray(out, list, depth);
		}
		else if (datum instanceof Map<?, ?> map) {
			writeObject(out, map, depth);
		}
		else if (Datums.isExtremum(datum)) {
			out.append("r.").append(((Enum<?>) datum).name().toLowerCase(Locale.ROOT));
		}
		else {
			out.append(datum);
		}
	}

	private static void writeArray(StringBuilder out, List<?> list, int depth) {
		out.append('[');
		for (int i = 0; i < list.size(); i++) {
			if (i > 0) {
				out.append((depth < 0) ? "," : ", ");
			}
			write(out, list.get(i), depth);
		}
		out.append(']');
	}

	private static void writeObject(StringBuilder out, Map<?, ?> map, int depth) {
		if (map.isEmpty()) {
			out.append("{}");
			return;
		}
		out.append('{');
		if (depth >= 0) {
			out.append('\n');
		}
		boolean first = true;
		for (Map.Entry<?, ?> entry : sortedEntries(map)) {
			if (!first) {
				out.append((depth < 0) ? "," : ",\n");
			}
			first = false;
			indent(out, depth + 1);
			writeString(out, String.valueOf(entry.getKey()));
			out.append((depth < 0) ? ":" : ":\t");
			write(out, entry.getValue(), (depth < 0) ? -1 : depth + 1);
		}
		if (depth >= 0) {
			if (!first) {
				out.append('\n');
			}
			indent(out, depth);
		}
		out.append('}');
	}

	private static void indent(StringBuilder out, int depth) {
		for (int i = 0; i < depth; i++) {
			out.append('\t');
		}
	}

	private static void writeString(StringBuilder out, String text) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				default -> appendChar(out, c);
			}
		}
		out.append('"');
	}

	private static void appendChar(StringBuilder out, char c) {
		if (c < 0x20) {
			out.append(String.format("\\u%04x", (int) c));
		}
		else {
			out.append(c);
		}
	}

	/** The entries of an object in code point order of their keys. */
	static List<Map.Entry<?, ?>> sortedEntries(Map<?, ?> map) {
		List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
		if (!(map instanceof TreeMap)) {
			entries.sort((a, b) -> DatumOrder.compareStrings(String.valueOf(a.getKey()), String.valueOf(b.getKey())));
		}
		return entries;
	}

}
