package io.quire.engine.index;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Prints datums as compact JSON for error messages, integral numbers without a fraction.
 */
public final class DatumPrinter {

	private DatumPrinter() {
	}

	public static String print(@Nullable Object datum) {
		StringBuilder text = new StringBuilder();
		append(text, datum);
		return text.toString();
	}

	private static void append(StringBuilder text, @Nullable Object datum) {
		if (datum instanceof Number number) {
			appendNumber(text, number.doubleValue());
		}
		else if (datum instanceof String string) {
			appendString(text, string);
		}
		else if (datum instanceof List<?> list) {
			appendJoined(text, '[', list.iterator(), ']');
		}
		else if (datum instanceof Map<?, ?> map) {
			appendJoined(text, '{', map.entrySet().iterator(), '}');
		}
		else if (datum instanceof Map.Entry<?, ?> entry) {
			appendString(text, String.valueOf(entry.getKey()));
			text.append(':');
			append(text, entry.getValue());
		}
		else {
			text.append(datum);
		}
	}

	private static void appendJoined(StringBuilder text, char open, Iterator<?> elements, char close) {
		text.append(open);
		while (elements.hasNext()) {
			append(text, elements.next());
			if (elements.hasNext()) {
				text.append(',');
			}
		}
		text.append(close);
	}

	private static void appendNumber(StringBuilder text, double number) {
		if (number == Math.rint(number) && Math.abs(number) < 1e16) {
			text.append((long) number);
		}
		else {
			text.append(number);
		}
	}

	private static void appendString(StringBuilder text, String string) {
		text.append('"');
		for (int i = 0; i < string.length(); i++) {
			char c = string.charAt(i);
			switch (c) {
				case '"' -> text.append("\\\"");
				case '\\' -> text.append("\\\\");
				case '\n' -> text.append("\\n");
				case '\t' -> text.append("\\t");
				case '\r' -> text.append("\\r");
				default -> appendChar(text, c);
			}
		}
		text.append('"');
	}

	private static void appendChar(StringBuilder text, char c) {
		if (c < 0x20) {
			text.append(String.format("\\u%04x", (int) c));
		}
		else {
			text.append(c);
		}
	}

}
