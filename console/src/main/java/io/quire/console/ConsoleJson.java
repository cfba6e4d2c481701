package io.quire.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.protocol.json.JsonLimitException;
import io.quire.protocol.json.ReqlJson;
import io.quire.protocol.json.ReqlJsonException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Request and response bodies of the console API, read and written with the wire
 * protocol's JSON rules (numbers, pseudo-types, nesting limit), so a term or a result
 * reads the same as on the driver port.
 */
final class ConsoleJson {

	private ConsoleJson() {
	}

	/** A request body that must be a JSON object. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> readObject(byte[] body, int maxNestingDepth) {
		Object value = read(body, maxNestingDepth);
		if (!(value instanceof Map<?, ?> map)) {
			throw ConsoleException.badRequest("Expected a JSON object as the request body.");
		}
		return (Map<String, Object>) map;
	}

	private static @Nullable Object read(byte[] body, int maxNestingDepth) {
		try {
			return ReqlJson.read(body, maxNestingDepth);
		}
		catch (JsonLimitException ex) {
			throw QueryException.client("Query is nested too deeply (the maximum depth is " + maxNestingDepth + ").");
		}
		catch (ReqlJsonException ex) {
			throw ConsoleException.badRequest("The request body is not valid JSON.");
		}
	}

	/**
	 * A request body of at most {@code maxSize} bytes.
	 * @throws ConsoleException 413 for a longer one
	 */
	static byte[] readBody(InputStream in, int maxSize) throws IOException {
		byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxSize + 1L));
		if (body.length > maxSize) {
			throw new ConsoleException(HttpStatus.PAYLOAD_TOO_LARGE,
					"Query too large: the maximum is " + maxSize + " bytes, as for a driver's frame.");
		}
		return body;
	}

	/**
	 * The value as JSON; one nested deeper than the limit fails as the driver port's
	 * response would.
	 */
	static String write(@Nullable Object value, int maxNestingDepth) {
		try {
			return new String(ReqlJson.write(value, maxNestingDepth), StandardCharsets.UTF_8);
		}
		catch (JsonLimitException ex) {
			throw QueryException
				.resourceLimit("Result is nested too deeply (the maximum depth is " + maxNestingDepth + ").");
		}
	}

	static ResponseEntity<String> ok(Object value, int maxNestingDepth) {
		return response(HttpStatus.OK, value, maxNestingDepth);
	}

	static ResponseEntity<String> response(HttpStatus status, Object value, int maxNestingDepth) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(write(value, maxNestingDepth));
	}

	/** {@code {"error": {...fields}}}. */
	static Map<String, Object> error(Map<String, Object> fields) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", fields);
		return body;
	}

}
