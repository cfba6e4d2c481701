package io.quire.engine.http;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quire.engine.QuireServer;
import org.jspecify.annotations.Nullable;

/**
 * Builds one JDK request: RethinkDB's default header lines ({@code User-Agent},
 * {@code Accept-Encoding}, a form Content-Type for POST), the query's own lines over
 * them, credentials and the cookies of earlier responses.
 */
final class RequestBuilder {

	private static final String USER_AGENT = "RethinkDB/" + QuireServer.RETHINKDB_VERSION;

	private RequestBuilder() {
	}

	static HttpRequest build(RequestOptions options, URI target, String method, @Nullable String body,
			@Nullable String authorization, CookieManager cookies, Duration timeout) {
		HttpRequest.Builder request = HttpRequest.newBuilder(target)
			.timeout(timeout)
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)
					: HttpRequest.BodyPublishers.noBody());
		Map<String, String[]> lines = headerLines(options, method);
		if (authorization != null) {
			lines.put("authorization", new String[] { "Authorization", authorization });
		}
		lines.values().forEach((line) -> setHeader(request, line[0], line[1]));
		List<String> cookieList = cookieHeader(cookies, target);
		if (!cookieList.isEmpty()) {
			request.header("Cookie", String.join("; ", cookieList));
		}
		return request.build();
	}

	private static Map<String, String[]> headerLines(RequestOptions options, String method) {
		Map<String, String[]> lines = new LinkedHashMap<>();
		add(lines, "User-Agent", USER_AGENT);
		add(lines, "Accept-Encoding", "deflate, gzip");
		if (method.equals("POST")) {
			add(lines, "Content-Type", "application/x-www-form-urlencoded");
		}
		for (String line : options.header()) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				add(lines, line.substring(0, colon).trim(), line.substring(colon + 1).trim());
			}
		}
		HttpAuth auth = options.auth();
		if (auth != null && !auth.digest()) {
			String credentials = auth.user() + ":" + auth.password();
			add(lines, "Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return lines;
	}

	private static void add(Map<String, String[]> lines, String name, String value) {
		lines.put(name.toLowerCase(Locale.ROOT), new String[] { name, value });
	}

	private static void setHeader(HttpRequest.Builder request, String name, String value) {
		if (value.isEmpty()) {
			return;
		}
		try {
			request.setHeader(name, value);
		}
		catch (IllegalArgumentException ex) {
			throw new HttpFailure("the header `" + name + "` cannot be set by the server's HTTP client");
		}
	}

	private static List<String> cookieHeader(CookieManager cookies, URI target) {
		try {
			return cookies.get(target, Map.of()).getOrDefault("Cookie", List.of());
		}
		catch (java.io.IOException ex) {
			return List.of();
		}
	}

}
