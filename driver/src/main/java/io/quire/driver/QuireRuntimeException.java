package io.quire.driver;

import java.util.List;

import io.quire.protocol.ErrorType;
import org.jspecify.annotations.Nullable;

/**
 * The query failed while it ran (RUNTIME_ERROR). Subclasses name the error type; a server
 * that sends no error type gives this class itself.
 */
public class QuireRuntimeException extends QuireServerException {

	private final @Nullable ErrorType errorType;

	public QuireRuntimeException(String message, List<Object> backtrace, @Nullable String query,
			@Nullable ErrorType errorType) {
		super(message, backtrace, query);
		this.errorType = errorType;
	}

	/** The server's error type, or {@code null} when the server sent none. */
	public @Nullable ErrorType errorType() {
		return this.errorType;
	}

}
