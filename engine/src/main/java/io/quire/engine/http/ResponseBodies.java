package io.quire.engine.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quire.engine.datum.Datums;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A successful response's body as a datum, by {@code result_format}: text, JSON, JSONP
 * ({@code callback(JSON);}, {@code obj.callback(JSON);} or
 * {@code obj["callback"](JSON);}), binary, or chosen by Content-Type.
 */
final class ResponseBodies {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private static final String IDENTIFIER = "\\s*[$_\\p{Ll}\\p{Lt}\\p{Lu}\\p{Lm}\\p{Lo}\\p{Nl}]"
			+ "[$_\\p{Ll}\\p{Lt}\\p{Lu}\\p{Lm}\\p{Lo}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}]*\\s*";

	private static final String CALL = "\\(((?s).*)\\)\\s*;?\\s*";

	private static final Pattern[] JSONP = { Pattern.compile(IDENTIFIER + CALL),
			Pattern.compile(IDENTIFIER + "\\." + IDENTIFIER + CALL),
			Pattern.compile(IDENTIFIER + "\\[\\s*['\"].*['\"]\\s*\\]\\s*" + CALL) };

	private ResponseBodies() {
	}

	static @Nullable Object datum(byte[] body, ResultFormat format, String contentType) {
		return switch (format) {
			case TEXT -> text(body);
			case JSON -> json(text(body), true);
			case JSONP -> jsonp(text(body), true);
			case BINARY -> binary(body);
			case AUTO -> auto(body, contentType);
		};
	}

	private static @Nullable Object auto(byte[] body, String contentType) {
		if (contentType.startsWith("application/json")) {
			return json(text(body), true);
		}
		if (contentType.startsWith("text/javascript") || contentType.startsWith("application/json-p")
				|| contentType.startsWith("text/json-p")) {
			String text = text(body);
			try {
				return json(text, false);
			}
			catch (HttpFailure notJson) {
				try {
					return jsonp(text, false);
				}
				catch (HttpFailure notJsonp) {
					return text;
				}
			}
		}
		if (contentType.startsWith("audio/") || contentType.startsWith("image/") || contentType.startsWith("video/")
				|| contentType.startsWith("application/octet-stream")) {
			return binary(body);
		}
		return text(body);
	}

	static String text(byte[] body) {
		return new String(body, StandardCharsets.UTF_8);
	}

	static Object binary(byte[] body) {
		return Datums.object(Datums.REQL_TYPE, "BINARY", "data", Base64.getEncoder().encodeToString(body));
	}

	private static @Nullable Object json(String text, boolean attachBody) {
		if (text.isBlank()) {
			throw new HttpFailure("failed to parse JSON response: The document is empty.", null,
					attachBody ? text : null);
		}
		try {
			return Datums.normalize(JSON.readValue(text, Object.class));
		}
		catch (JacksonException ex) {
			throw new HttpFailure("failed to parse JSON response: Invalid value.", null, attachBody ? text : null);
		}
	}

	private static @Nullable Object jsonp(String text, boolean attachBody) {
		for (Pattern pattern : JSONP) {
			Matcher matcher = pattern.matcher(text);
			if (matcher.matches()) {
				return json(matcher.group(1), attachBody);
			}
		}
		throw new HttpFailure("failed to parse JSONP response", null, attachBody ? text : null);
	}

}
