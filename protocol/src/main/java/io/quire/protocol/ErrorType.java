package io.quire.protocol;

/**
 * The class of a runtime error, the {@code e} field of a RUNTIME_ERROR response. Numbers
 * as in RethinkDB's {@code ql2.proto}.
 */
public enum ErrorType {

	INTERNAL(1000000), RESOURCE_LIMIT(2000000), QUERY_LOGIC(3000000), NON_EXISTENCE(3100000), OP_FAILED(4100000),
	OP_INDETERMINATE(4200000), USER(5000000), PERMISSION_ERROR(6000000);

	private final int value;

	ErrorType(int value) {
		this.value = value;
	}

	/** The number of this error type on the wire. */
	public int value() {
		return this.value;
	}

	/**
	 * The error type with the given wire number.
	 * @throws IllegalArgumentException if the number is not an error type
	 */
	public static ErrorType of(int value) {
		for (ErrorType type : values()) {
			if (type.value == value) {
				return type;
			}
		}
		throw new IllegalArgumentException("Unrecognized ErrorType: " + value + ".");
	}

}
