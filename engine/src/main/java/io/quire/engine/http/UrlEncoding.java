package io.quire.engine.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

import io.quire.engine.datum.Printer;
import org.jspecify.annotations.Nullable;

/**
 * Percent-encoding of parameters and form fields as RethinkDB does it (every byte but
 * letters, digits and {@code -._~} escaped), and the rule for appending parameters to a
 * URL.
 */
final class UrlEncoding {

	private static final String HEX = "0123456789ABCDEF";

	private UrlEncoding() {
	}

	/**
	 * {@code key=value&...} of the fields, in key order; null values give {@code key=}.
	 */
	static String fields(Map<String, @Nullable ?> fields) {
		StringJoiner joined = new StringJoiner("&");
		fields.forEach((key, value) -> joined.add(escape(key) + "=" + escape(text(value))));
		return joined.toString();
	}

	private static String text(@Nullable Object value) {
		if (value instanceof Double number) {
			return Printer.number(number);
		}
		return (value == null) ? "" : value.toString();
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder();
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
					|| c == '_' || c == '~') {
				out.append((char) c);
			}
			else {
				out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
			}
		}
		return out.toString();
	}

	/**
	 * The URL with the parameters appended after {@code ?}, or after {@code &} when it
	 * already has a query.
	 */
	static String withParams(String url, Map<String, @Nullable Object> params) {
		if (params.isEmpty()) {
			return url;
		}
		int query = url.lastIndexOf('?');
		int slash = url.lastIndexOf('/');
		StringBuilder full = new StringBuilder(url);
		if (slash < 0 && query < 0) {
			full.append('/');
		}
		full.append((query < 0 || slash > query) ? '?' : '&');
		return full.append(fields(params)).toString();
	}

}
