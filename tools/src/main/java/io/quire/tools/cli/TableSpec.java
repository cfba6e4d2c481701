package io.quire.tools.cli;

import java.util.List;

import io.quire.tools.ToolException;
import org.jspecify.annotations.Nullable;

/**
 * A {@code db} or {@code db.table} given to {@code -e}/{@code -i}/{@code --table}.
 *
 * @param db the database
 * @param table the table, or {@code null} for every table of the database
 */
public record TableSpec(String db, @Nullable String table) {

	/** Parse {@code db} or {@code db.table}. */
	public static TableSpec parse(String text) {
		int dot = text.indexOf('.');
		String db = (dot < 0) ? text : text.substring(0, dot);
		String table = (dot < 0) ? null : text.substring(dot + 1);
		if (!isName(db) || (table != null && !isName(table))) {
			throw new ToolException("Error: invalid database or table name: " + text + " (expected DB or DB.TABLE)");
		}
		return new TableSpec(db, table);
	}

	/** Whether the table is selected by these specs (an empty list selects all). */
	public static boolean selects(List<TableSpec> specs, String db, String table) {
		if (specs.isEmpty()) {
			return true;
		}
		return specs.stream()
			.anyMatch((spec) -> spec.db.equals(db) && (spec.table == null || spec.table.equals(table)));
	}

	private static boolean isName(String name) {
		return !name.isEmpty() && name.chars().allMatch((c) -> Character.isLetterOrDigit(c) || c == '_' || c == '-');
	}

	@Override
	public String toString() {
		return (this.table != null) ? this.db + "." + this.table : this.db;
	}

}
