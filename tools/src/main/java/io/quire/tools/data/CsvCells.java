package io.quire.tools.data;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * How a field value becomes a CSV cell and back. As {@code rethinkdb export} does,
 * numbers and strings are written as text and other values (objects, arrays, times,
 * binary) as their JSON. Reading, a cell that is JSON (a number, {@code true},
 * {@code false}, {@code null}, an object, an array or a quoted string) becomes that
 * value, other text a string, and an empty cell no field. So that every string comes back
 * as a string, export writes a string that would read as something else (or is empty) as
 * a quoted JSON string.
 */
public final class CsvCells {

	private CsvCells() {
	}

	/** The cell for a field value; the empty cell for a missing one. */
	public static String toCell(@Nullable JsonNode value) {
		if (value == null || value.isMissingNode()) {
			return "";
		}
		if (value.isString()) {
			String text = value.stringValue();
			return readsAsItself(text) ? text : Json.mapper().writeValueAsString(text);
		}
		return Json.mapper().writeValueAsString(value);
	}

	/**
	 * The value of a cell.
	 * @param typed whether JSON cells become JSON values (else every cell is a string, as
	 * in {@code rethinkdb import})
	 * @return the value, or {@link #ABSENT} for an empty cell
	 */
	public static @Nullable Object fromCell(String cell, boolean typed) {
		if (cell.isEmpty()) {
			return ABSENT;
		}
		if (!typed || !looksLikeJson(cell)) {
			return cell;
		}
		try {
			return Json.mapper().readValue(cell, Object.class);
		}
		catch (JacksonException ex) {
			return cell;
		}
	}

	/** The value of an empty cell: the field is left out. */
	public static final Object ABSENT = new Object();

	private static boolean readsAsItself(String text) {
		return !text.isEmpty() && text.equals(fromCell(text, true));
	}

	private static boolean looksLikeJson(String cell) {
		char first = cell.charAt(0);
		return first == '{' || first == '[' || first == '"' || first == '-' || Character.isDigit(first)
				|| cell.equals("true") || cell.equals("false") || cell.equals("null");
	}

}
