package io.quire.engine.datum;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * JSON laid out as RethinkDB prints a datum in {@code info()}: one element per line,
 * indented with tabs, a tab after each object key's colon.
 */
public final class TabbedJson {

	private TabbedJson() {
	}

	public static String print(@Nullable Object datum) {
		StringBuilder out = new StringBuilder();
		write(out, datum, 0);
		return out.toString();
	}

	private static void write(StringBuilder out, @Nullable Object datum, int depth) {
		if (datum instanceof List<?> list && !list.isEmpty()) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				out.append((i > 0) ? ",\n" : "\n");
				indent(out, depth + 1);
				write(out, list.get(i), depth + 1);
			}
			close(out, ']', depth);
		}
		else if (datum instanceof Map<?, ?> map && !map.isEmpty()) {
			out.append('{');
			String separator = "\n";
			for (Map.Entry<?, ?> entry : ((map instanceof TreeMap) ? map : new TreeMap<>(map)).entrySet()) {
				out.append(separator);
				separator = ",\n";
				indent(out, depth + 1);
				out.append(Printer.quote(String.valueOf(entry.getKey()))).append(":\t");
				write(out, entry.getValue(), depth + 1);
			}
			close(out, '}', depth);
		}
		else {
			out.append(Printer.json(datum));
		}
	}

	private static void close(StringBuilder out, char bracket, int depth) {
		out.append('\n');
		indent(out, depth);
		out.append(bracket);
	}

	private static void indent(StringBuilder out, int depth) {
		out.append("\t".repeat(depth));
	}

}
