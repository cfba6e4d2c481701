package io.quire.protocol;

/**
 * The kind of a response frame, the {@code t} field. Numbers as in RethinkDB's
 * {@code ql2.proto}.
 */
public enum ResponseType {

	/** A single datum, {@code r} holds exactly one element. */
	SUCCESS_ATOM(1),
	/** The last (or only) batch of a sequence. */
	SUCCESS_SEQUENCE(2),
	/** A batch of a sequence with more to come on CONTINUE. */
	SUCCESS_PARTIAL(3),
	/** The reply to NOREPLY_WAIT. */
	WAIT_COMPLETE(4),
	/** The reply to SERVER_INFO. */
	SERVER_INFO(5),
	/** The client sent something malformed. */
	CLIENT_ERROR(16),
	/** The query could not be compiled (bad arity, unknown term or optarg). */
	COMPILE_ERROR(17),
	/**
	 * The query failed while running; the {@code e} field holds the {@link ErrorType}.
	 */
	RUNTIME_ERROR(18);

	private final int value;

	ResponseType(int value) {
		this.value = value;
	}

	/** The number of this response type on the wire. */
	public int value() {
		return this.value;
	}

	/** Whether this response type reports an error. */
	public boolean isError() {
		return this.value >= 16;
	}

	/**
	 * The response type with the given wire number.
	 * @throws IllegalArgumentException if the number is not a response type
	 */
	public static ResponseType of(int value) {
		for (ResponseType type : values()) {
			if (type.value == value) {
				return type;
			}
		}
		throw new IllegalArgumentException("Unrecognized ResponseType: " + value + ".");
	}

}
