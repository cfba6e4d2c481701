package io.quire.engine.http;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A response's header as RethinkDB gives it to queries: an object of lower-case names to
 * the last value of each, with {@code link} parsed (RFC 5988) into an object of each
 * link's parameter to its URL, e.g. {@code {"rel=\"next\"": "http://..."}}.
 */
final class ResponseHeaders {

	private static final Pattern LINK = Pattern.compile("^\\s*<([^>]*)>\\s*(?:;\\s*([^,]+)\\s*(?:,|$))");

	private ResponseHeaders() {
	}

	static Map<String, Object> datum(HttpHeaders headers) {
		Map<String, Object> result = new TreeMap<>();
		Map<String, Object> links = new TreeMap<>();
		headers.map().forEach((name, values) -> {
			String key = name.toLowerCase(Locale.ROOT);
			if (key.startsWith(":") || values.isEmpty()) {
				return;
			}
			if (key.equals("link")) {
				values.forEach((line) -> parseLinks(line, links));
			}
			else {
				result.put(key, values.get(values.size() - 1));
			}
		});
		if (!links.isEmpty()) {
			result.put("link", links);
		}
		return result;
	}

	private static void parseLinks(String line, Map<String, Object> links) {
		String rest = line;
		Matcher matcher = LINK.matcher(rest);
		while (!rest.isEmpty() && matcher.reset(rest).find()) {
			links.put(matcher.group(2).trim(), matcher.group(1));
			rest = rest.substring(matcher.end());
		}
		if (!rest.isEmpty()) {
			throw new HttpFailure("failed to parse link header line: '" + line + "'");
		}
	}

	/** The media type of a Content-Type header, lower case; empty when absent. */
	static String contentType(HttpHeaders headers) {
		List<String> values = headers.allValues("content-type");
		return values.isEmpty() ? "" : values.get(values.size() - 1).trim().toLowerCase(Locale.ROOT);
	}

}
