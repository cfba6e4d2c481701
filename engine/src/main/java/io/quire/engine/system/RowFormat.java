package io.quire.engine.system;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.quire.engine.QueryException;
import io.quire.engine.datum.Printer;
import org.jspecify.annotations.Nullable;

/**
 * Checks a row written to a system table field by field, with RethinkDB's messages
 * ("Expected a field named `name`.", "Unexpected key(s): x", ...), each prefixed by what
 * the table says about a row of the wrong format.
 */
final class RowFormat {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

	private final Map<String, Object> row;

	private final String prefix;

	private final Set<String> unread;

	RowFormat(Map<String, Object> row, String prefix) {
		this.row = row;
		this.prefix = prefix;
		this.unread = new TreeSet<>(row.keySet());
	}

	/** The prefix RethinkDB's config tables use. */
	static RowFormat change(Map<String, Object> row, String table) {
		return new RowFormat(row,
				"The change you're trying to make to `rethinkdb." + table + "` has the wrong format. ");
	}

	@Nullable Object field(String key) {
		this.unread.remove(key);
		if (!this.row.containsKey(key)) {
			throw wrong("Expected a field named `" + key + "`.");
		}
		return this.row.get(key);
	}

	/** Whether the row has the field (RethinkDB lets a new table's row omit some). */
	boolean has(String key) {
		return this.row.containsKey(key);
	}

	/** A name field ({@code what} is e.g. "db name"). */
	String name(String key, String what) {
		Object value = field(key);
		if (!(value instanceof String name)) {
			throw wrong("In `" + key + "`: Expected a " + what + "; got " + Printer.json(value));
		}
		if (!NAME.matcher(name).matches()) {
			throw wrong("In `" + key + "`: " + Printer.json(value) + " is not a valid " + what
					+ "; Use A-Z, a-z, 0-9, _ and - only");
		}
		return name;
	}

	/** A field that must keep its value. */
	void unchanged(String key, @Nullable Object current, String message) {
		Object value = field(key);
		if (!io.quire.engine.datum.Datums.equal(value, current)) {
			throw wrong(message);
		}
	}

	/** Fails unless every field was read. */
	void noExtraKeys() {
		if (!this.unread.isEmpty()) {
			throw wrong("Unexpected key(s): " + String.join(" ", this.unread));
		}
	}

	QueryException wrong(String message) {
		return QueryException.opFailed(this.prefix + message);
	}

}
