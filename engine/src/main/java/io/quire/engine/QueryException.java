package io.quire.engine;

import java.util.List;

import io.quire.protocol.ErrorType;
import io.quire.protocol.ResponseType;
import org.jspecify.annotations.Nullable;

/**
 * A query that failed, carrying what the client must see: the response type
 * (CLIENT_ERROR, COMPILE_ERROR or RUNTIME_ERROR), the error type for runtime errors,
 * RethinkDB's message and the backtrace (argument positions and optarg names from the
 * root term down). The network layer turns it into a response frame; it never closes a
 * connection.
 */
public class QueryException extends RuntimeException {

	private final ResponseType responseType;

	private final @Nullable ErrorType errorType;

	private final List<Object> backtrace;

	public QueryException(ResponseType responseType, @Nullable ErrorType errorType, String message,
			List<Object> backtrace) {
		super(message, null, false, false);
		this.responseType = responseType;
		this.errorType = errorType;
		this.backtrace = List.copyOf(backtrace);
	}

	/** A CLIENT_ERROR: the client sent something malformed. */
	public static QueryException client(String message) {
		return new QueryException(ResponseType.CLIENT_ERROR, null, message, List.of());
	}

	/** A COMPILE_ERROR: wrong arity, unknown term or unknown optional argument. */
	public static QueryException compile(String message) {
		return new QueryException(ResponseType.COMPILE_ERROR, null, message, List.of());
	}

	/** A RUNTIME_ERROR of the given type. */
	public static QueryException runtime(ErrorType errorType, String message) {
		return new QueryException(ResponseType.RUNTIME_ERROR, errorType, message, List.of());
	}

	/** A RUNTIME_ERROR of type QUERY_LOGIC, the most common one. */
	public static QueryException queryLogic(String message) {
		return runtime(ErrorType.QUERY_LOGIC, message);
	}

	/** A RUNTIME_ERROR of type NON_EXISTENCE, e.g. a missing table or field. */
	public static QueryException nonExistence(String message) {
		return runtime(ErrorType.NON_EXISTENCE, message);
	}

	/** A RUNTIME_ERROR of type OP_FAILED, e.g. creating a table that exists. */
	public static QueryException opFailed(String message) {
		return runtime(ErrorType.OP_FAILED, message);
	}

	/** A RUNTIME_ERROR of type RESOURCE_LIMIT, e.g. an array over {@code array_limit}. */
	public static QueryException resourceLimit(String message) {
		return runtime(ErrorType.RESOURCE_LIMIT, message);
	}

	/** RethinkDB's error for an array longer than the query's {@code array_limit}. */
	public static QueryException arrayOverLimit(long limit) {
		return resourceLimit("Array over size limit `" + limit + "`.  To raise the number of allowed elements, "
				+ "modify the `array_limit` option to `.run` (not available in the Data Explorer), or use an index.");
	}

	/**
	 * The same error with a backtrace frame (argument index or optarg name) put in front.
	 */
	public QueryException withFrame(Object frame) {
		List<Object> frames = new java.util.ArrayList<>(this.backtrace.size() + 1);
		frames.add(frame);
		frames.addAll(this.backtrace);
		return new QueryException(this.responseType, this.errorType, getMessage(), frames);
	}

	public ResponseType responseType() {
		return this.responseType;
	}

	public @Nullable ErrorType errorType() {
		return this.errorType;
	}

	public List<Object> backtrace() {
		return this.backtrace;
	}

}
