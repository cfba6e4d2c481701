package io.quire.engine;

import java.util.Locale;

/**
 * A query's {@code read_mode}: how up to date what it reads must be on a member of a
 * replicated group (on a single server all three read the same store).
 */
public enum ReadMode {

	/**
	 * The default: every write the group acknowledged (RethinkDB: the primary's data).
	 */
	SINGLE,

	/** Like {@link #SINGLE}, with the primary's leadership confirmed by a majority. */
	MAJORITY,

	/** Whatever this member applied so far, possibly behind the primary. */
	OUTDATED;

	/** The mode of that {@code read_mode} value ({@code single}, ...). */
	public static ReadMode of(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

	/** The {@code read_mode} value, e.g. {@code single}. */
	public String text() {
		return name().toLowerCase(Locale.ROOT);
	}

}
