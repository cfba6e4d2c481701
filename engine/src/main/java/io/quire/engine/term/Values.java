package io.quire.engine.term;

import java.util.ArrayList;
import java.util.List;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Printer;
import org.jspecify.annotations.Nullable;

/**
 * Conversions between evaluation values: datums, streams, tables, single rows, functions,
 * databases and grouped data.
 */
public final class Values {

	private Values() {
	}

	/** RethinkDB's type name of any value, as {@code typeOf} reports it. */
	public static String typeName(@Nullable Object value) {
		if (value instanceof Stream stream) {
			return stream.typeName();
		}
		if (value instanceof TableRef table) {
			return table.typeName();
		}
		if (value instanceof SingleRow) {
			return "SELECTION<OBJECT>";
		}
		if (value instanceof Func) {
			return "FUNCTION";
		}
		if (value instanceof DbRef) {
			return "DATABASE";
		}
		if (value instanceof Grouped grouped) {
			return grouped.typeName();
		}
		return Datums.typeName(value);
	}

	/**
	 * The value as a datum; a single row is its document, an in-memory selection its
	 * array.
	 */
	public static @Nullable Object datum(@Nullable Object value) {
		if (value instanceof SingleRow row) {
			return row.document();
		}
		if (value instanceof Stream stream && stream.isMaterialized()) {
			if (stream.rowsInMemory() != null) {
				return new ArrayList<>(stream.rowsInMemory());
			}
			List<@Nullable Object> rows = new ArrayList<>();
			stream.forEachRemaining(rows::add);
			return rows;
		}
		if (isDatum(value)) {
			return value;
		}
		throw literalMismatch("DATUM", value);
	}

	/**
	 * RethinkDB's error for a value of the wrong kind, naming the value as it prints it:
	 * {@code Expected type DATUM but found TABLE:\ntable("t")}.
	 */
	static QueryException literalMismatch(String expected, @Nullable Object value) {
		return QueryException
			.queryLogic("Expected type " + expected + " but found " + kind(value) + ":\n" + print(value));
	}

	/**
	 * The kind of value as RethinkDB names it in type errors (every datum is a DATUM).
	 */
	static String kind(@Nullable Object value) {
		if (value instanceof DbRef) {
			return "DATABASE";
		}
		if (value instanceof TableRef table) {
			return table.typeName();
		}
		if (value instanceof SingleRow) {
			return "SINGLE_SELECTION";
		}
		if (value instanceof Stream stream) {
			return (stream.table() != null) ? "SELECTION" : "SEQUENCE";
		}
		if (value instanceof Func) {
			return "FUNCTION";
		}
		return (value instanceof Grouped) ? "GROUPED_DATA" : "DATUM";
	}

	/** A value as RethinkDB prints it in type errors. */
	static String print(@Nullable Object value) {
		if (value instanceof DbRef db) {
			return "db(\"" + db.name() + "\")";
		}
		if (value instanceof TableRef table) {
			String name = table.table().name();
			return table.isSlice() ? "SELECTION ON table(" + name + ")" : "table(\"" + name + "\")";
		}
		Table table = (value instanceof Stream stream) ? stream.table() : null;
		if (table != null) {
			return "SELECTION ON table(" + table.name() + ")";
		}
		if (value instanceof SingleRow row) {
			return Printer.pretty(row.document());
		}
		return isDatum(value) ? Printer.pretty(value) : "VALUE " + typeName(value);
	}

	static boolean isDatum(@Nullable Object value) {
		return !(value instanceof Stream || value instanceof TableRef || value instanceof Func || value instanceof DbRef
				|| value instanceof Grouped || value instanceof SingleRow);
	}

	/** ReQL truthiness: everything but {@code false} and {@code null} is true. */
	public static boolean truthy(@Nullable Object datum) {
		return datum != null && !Boolean.FALSE.equals(datum);
	}

	/** Whether the value can be read as a sequence. */
	public static boolean isSequence(@Nullable Object value) {
		return value instanceof List || value instanceof Stream || value instanceof TableRef;
	}

	/** The value as a stream: arrays are walked in memory, tables opened. */
	public static Stream stream(@Nullable Object value) {
		if (value instanceof Stream stream) {
			return stream.reopen();
		}
		if (value instanceof TableRef table) {
			return table.open();
		}
		if (value instanceof List<?> list) {
			return Stream.of(list.iterator());
		}
		throw QueryException.queryLogic("Cannot convert " + typeName(value) + " to SEQUENCE");
	}

	/** The value as a finite stream, for terminal operations (count, reduce...). */
	public static Stream finite(@Nullable Object value) {
		return stream(value).requireFinite();
	}

	/**
	 * The transformed rows in the shape of the input: an array for an array input
	 * (checked against the array limit), a stream otherwise.
	 */
	public static Object like(@Nullable Object input, Stream result, QueryContext context) {
		if (input instanceof Stream stream && stream.isMaterialized()) {
			List<@Nullable Object> rows = context.checkArray(result.drain(context));
			return (result.table() != null) ? Stream.selection(rows, result.table()) : rows;
		}
		if (input instanceof List) {
			return context.checkArray(result.drain(context));
		}
		return result;
	}

}
