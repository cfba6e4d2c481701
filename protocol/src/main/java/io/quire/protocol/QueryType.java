package io.quire.protocol;

/**
 * The kind of a query frame, the first element of the query array
 * ({@code [QueryType, term?, optargs?]}). Numbers as in RethinkDB's {@code ql2.proto}.
 */
public enum QueryType {

	/** Start a new query; the term follows. */
	START(1),
	/** Fetch the next batch of a partial result. */
	CONTINUE(2),
	/** Stop a partial result (or a changefeed) and release its server-side cursor. */
	STOP(3),
	/** Wait until every earlier noreply query of the connection has finished. */
	NOREPLY_WAIT(4),
	/** Ask for the server's identity. */
	SERVER_INFO(5);

	private final int value;

	QueryType(int value) {
		this.value = value;
	}

	/** The number of this query type on the wire. */
	public int value() {
		return this.value;
	}

	/**
	 * The query type with the given wire number.
	 * @throws IllegalArgumentException if the number is not a query type
	 */
	public static QueryType of(int value) {
		for (QueryType type : values()) {
			if (type.value == value) {
				return type;
			}
		}
		throw new IllegalArgumentException("Unrecognized QueryType: " + value + ".");
	}

}
