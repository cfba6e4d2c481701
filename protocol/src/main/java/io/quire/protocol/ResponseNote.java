package io.quire.protocol;

/**
 * Notes on a sequence response, the {@code n} field: which kind of changefeed a stream
 * is. Numbers as in RethinkDB's {@code ql2.proto}.
 */
public enum ResponseNote {

	/** A feed over a table, selection, filter or map. */
	SEQUENCE_FEED(1),
	/** A feed on a single document ({@code get(key).changes()}). */
	ATOM_FEED(2),
	/** A feed on {@code orderBy({index}).limit(n)}. */
	ORDER_BY_LIMIT_FEED(3),
	/** A union of feeds of different kinds. */
	UNIONED_FEED(4),
	/** The feed emits state documents ({@code include_states}). */
	INCLUDES_STATES(5);

	private final int value;

	ResponseNote(int value) {
		this.value = value;
	}

	/** The number of this note on the wire. */
	public int value() {
		return this.value;
	}

	/**
	 * The note with the given wire number.
	 * @throws IllegalArgumentException if the number is not a response note
	 */
	public static ResponseNote of(int value) {
		for (ResponseNote note : values()) {
			if (note.value == value) {
				return note;
			}
		}
		throw new IllegalArgumentException("Unrecognized ResponseNote: " + value + ".");
	}

}
