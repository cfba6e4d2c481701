package io.quire.console;

import org.springframework.http.HttpStatus;

/**
 * A console API request refused before or beside ReQL: no session, a bad CSRF token, an
 * unknown query id. Answered as {@code {"error":{"message":..}}} with its status.
 */
class ConsoleException extends RuntimeException {

	private final HttpStatus status;

	ConsoleException(HttpStatus status, String message) {
		super(message, null, false, false);
		this.status = status;
	}

	HttpStatus status() {
		return this.status;
	}

	static ConsoleException unauthorized(String message) {
		return new ConsoleException(HttpStatus.UNAUTHORIZED, message);
	}

	static ConsoleException forbidden(String message) {
		return new ConsoleException(HttpStatus.FORBIDDEN, message);
	}

	static ConsoleException badRequest(String message) {
		return new ConsoleException(HttpStatus.BAD_REQUEST, message);
	}

	static ConsoleException unavailable(String message) {
		return new ConsoleException(HttpStatus.SERVICE_UNAVAILABLE, message);
	}

	static ConsoleException notFound(String message) {
		return new ConsoleException(HttpStatus.NOT_FOUND, message);
	}

}
