package io.quire.driver.internal;

import java.util.List;

import io.quire.driver.QuireAuthenticationException;
import io.quire.driver.QuireClientErrorException;
import io.quire.driver.QuireCompileException;
import io.quire.driver.QuireConnectionException;
import io.quire.driver.QuireException;
import io.quire.driver.QuireInternalException;
import io.quire.driver.QuireNonExistenceException;
import io.quire.driver.QuireOpIndeterminateException;
import io.quire.driver.QuirePermissionException;
import io.quire.driver.QuireProtocolException;
import io.quire.driver.QuireQueryLogicException;
import io.quire.driver.QuireResourceLimitException;
import io.quire.driver.QuireRuntimeException;
import io.quire.driver.QuireUserException;
import io.quire.protocol.ErrorType;
import io.quire.protocol.handshake.HandshakeException;
import org.jspecify.annotations.Nullable;

/**
 * Builds every exception the driver raises for a server's answer: error responses by
 * response and error type (and, for a cluster's OP_FAILED errors, by message), and
 * handshake errors by code.
 */
public final class ExceptionFactory {

	private ExceptionFactory() {
	}

	/**
	 * The exception for an error response.
	 * @param query the JSON of the failed query, for the message, or {@code null}
	 */
	public static QuireException of(Response response, @Nullable String query) {
		String message = response.message();
		List<Object> backtrace = response.backtrace();
		return switch (response.type()) {
			case CLIENT_ERROR -> new QuireClientErrorException(message, backtrace, query);
			case COMPILE_ERROR -> new QuireCompileException(message, backtrace, query);
			case RUNTIME_ERROR -> runtime(message, backtrace, query, response.errorType());
			default -> new QuireProtocolException("Unexpected response type " + response.type() + " for a query");
		};
	}

	private static QuireRuntimeException runtime(String message, List<Object> backtrace, @Nullable String query,
			@Nullable ErrorType type) {
		if (type == null) {
			return new QuireRuntimeException(message, backtrace, query, null);
		}
		return switch (type) {
			case INTERNAL -> new QuireInternalException(message, backtrace, query);
			case RESOURCE_LIMIT -> new QuireResourceLimitException(message, backtrace, query);
			case QUERY_LOGIC -> new QuireQueryLogicException(message, backtrace, query);
			case NON_EXISTENCE -> new QuireNonExistenceException(message, backtrace, query);
			case OP_FAILED -> ClusterErrors.opFailed(message, backtrace, query);
			case OP_INDETERMINATE -> new QuireOpIndeterminateException(message, backtrace, query);
			case USER -> new QuireUserException(message, backtrace, query);
			case PERMISSION_ERROR -> new QuirePermissionException(message, backtrace, query);
		};
	}

	/** The exception for a failed handshake with the given server. */
	public static QuireException of(HandshakeException failure, String address) {
		String message = "Handshake with " + address + " failed: " + failure.getMessage() + " (error code "
				+ failure.errorCode() + ")";
		if (failure.isAuthenticationError()) {
			return new QuireAuthenticationException(message, failure);
		}
		return new QuireConnectionException(message, failure);
	}

}
