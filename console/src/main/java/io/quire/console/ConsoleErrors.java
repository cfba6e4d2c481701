package io.quire.console;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.protocol.ErrorType;
import io.quire.protocol.json.ReqlJson;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the console API's failures as JSON: a ReQL error with RethinkDB's response
 * type, error type, message and backtrace (403 for a permission error, 400 otherwise), a
 * refused request with its status and message.
 */
@RestControllerAdvice(basePackageClasses = ConsoleErrors.class)
class ConsoleErrors {

	@ExceptionHandler(QueryException.class)
	ResponseEntity<String> queryFailed(QueryException ex) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("type", ex.responseType().name());
		fields.put("errorType", (ex.errorType() != null) ? ex.errorType().name() : null);
		fields.put("message", ex.getMessage());
		fields.put("backtrace", ex.backtrace());
		HttpStatus status = (ex.errorType() == ErrorType.PERMISSION_ERROR) ? HttpStatus.FORBIDDEN
				: HttpStatus.BAD_REQUEST;
		return ConsoleJson.response(status, ConsoleJson.error(fields), ReqlJson.DEFAULT_MAX_DEPTH);
	}

	@ExceptionHandler(ConsoleException.class)
	ResponseEntity<String> refused(ConsoleException ex) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("type", "CONSOLE_ERROR");
		fields.put("message", ex.getMessage());
		return ConsoleJson.response(ex.status(), ConsoleJson.error(fields), ReqlJson.DEFAULT_MAX_DEPTH);
	}

	@ExceptionHandler(InterruptedException.class)
	ResponseEntity<String> interrupted(InterruptedException ex) {
		Thread.currentThread().interrupt();
		return refused(new ConsoleException(HttpStatus.SERVICE_UNAVAILABLE, "The query was interrupted."));
	}

}
