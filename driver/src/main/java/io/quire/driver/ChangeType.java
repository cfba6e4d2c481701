package io.quire.driver;

import java.util.Locale;

/**
 * What a changefeed row reports, as RethinkDB's {@code include_types} names it, plus
 * {@link #ERROR} for the row a feed sends when its queue overflowed.
 */
public enum ChangeType {

	/** A document entered the watched selection (inserted, or changed into it). */
	ADD,

	/** A document left the watched selection (deleted, or changed out of it). */
	REMOVE,

	/** A document of the selection changed and stayed in it. */
	CHANGE,

	/** A current value sent first, asked for with {@code include_initial}. */
	INITIAL,

	/** An initial value taken back before the feed was ready. */
	UNINITIAL,

	/**
	 * A feed state note ({@code initializing}, {@code ready}), asked for with
	 * {@code include_states}.
	 */
	STATE,

	/**
	 * The server skipped changes a slow reader left in the queue; see
	 * {@link Change#error()}.
	 */
	ERROR;

	/** The type of a server's {@code type} field, such as {@code "add"}. */
	static ChangeType of(String name) {
		return valueOf(name.toUpperCase(Locale.ROOT));
	}

}
