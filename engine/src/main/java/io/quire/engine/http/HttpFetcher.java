package io.quire.engine.http;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import io.quire.engine.ServerOptions;
import org.jspecify.annotations.Nullable;

/**
 * Performs {@code r.http} requests as RethinkDB does: within one timeout for all
 * attempts, retrying connection failures and statuses 408, 500, 502, 503 and 504,
 * following up to {@code redirects} redirects (each checked by {@link HttpAccess}),
 * answering a digest challenge, and keeping cookies from one response to the next request
 * (redirects, digest, pages).
 */
public final class HttpFetcher {

	private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

	private final ServerOptions.Http access;

	private final long bodyLimit;

	private final Runnable interruption;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	/**
	 * @param access what the server lets requests reach
	 * @param bodyLimit the largest response body, in bytes
	 * @param interruption run while waiting; throws to abandon the request (a cancelled
	 * query)
	 */
	public HttpFetcher(ServerOptions.Http access, long bodyLimit, Runnable interruption) {
		this.access = access;
		this.bodyLimit = Math.min(bodyLimit, Integer.MAX_VALUE - 8);
		this.interruption = interruption;
	}

	/**
	 * Performs the request.
	 * @throws HttpFailure with RethinkDB's reason when it fails or the status is not 2xx
	 */
	public HttpResult fetch(RequestOptions options) {
		URI target = target(options);
		if (options.attempts() == 0) {
			throw new HttpFailure("could not perform, no attempts allowed");
		}
		Exchange exchange = new Exchange(options, this.access, this.cookies, this.bodyLimit, this.interruption);
		String method = options.method();
		String body = options.form().isEmpty() ? options.body() : UrlEncoding.fields(options.form());
		String authorization = null;
		long redirects = 0;
		boolean challenged = false;
		while (true) {
			HttpResponse<byte[]> response = exchange.send(target, method, body, authorization);
			int status = response.statusCode();
			Map<String, String> challenge = digestChallenge(options, response, challenged);
			if (challenge != null) {
				challenged = true;
				authorization = DigestAuth.authorization(challenge, options.auth(), method, target);
				continue;
			}
			String location = response.headers().firstValue("location").orElse(null);
			if (!REDIRECTS.contains(status) || location == null || options.redirects() == 0) {
				return Exchange.result(options, method, response, this.bodyLimit);
			}
			if (redirects++ == options.redirects()) {
				throw new HttpFailure("Number of redirects hit maximum amount");
			}
			URI next = target.resolve(location.trim());
			if (changesToGet(status, method)) {
				method = "GET";
				body = null;
			}
			if (!sameOrigin(target, next)) {
				authorization = null;
			}
			target = next;
			challenged = false;
		}
	}

	private static @Nullable Map<String, String> digestChallenge(RequestOptions options, HttpResponse<byte[]> response,
			boolean challenged) {
		HttpAuth auth = options.auth();
		if (response.statusCode() != 401 || auth == null || !auth.digest() || challenged) {
			return null;
		}
		for (String value : response.headers().allValues("www-authenticate")) {
			Map<String, String> challenge = DigestAuth.challenge(value);
			if (challenge != null) {
				return challenge;
			}
		}
		return null;
	}

	private static boolean changesToGet(int status, String method) {
		return (status == 303 && !method.equals("HEAD")) || ((status == 301 || status == 302) && method.equals("POST"));
	}

	private static boolean sameOrigin(URI a, URI b) {
		return String.valueOf(a.getHost()).equalsIgnoreCase(String.valueOf(b.getHost())) && a.getPort() == b.getPort()
				&& String.valueOf(a.getScheme()).equalsIgnoreCase(String.valueOf(b.getScheme()));
	}

	/** The URL with its parameters, http when no scheme is given. */
	static URI target(RequestOptions options) {
		String url = options.url().contains("://") ? options.url() : "http://" + options.url();
		URI uri;
		try {
			uri = new URI(UrlEncoding.withParams(url, options.params()));
		}
		catch (URISyntaxException ex) {
			throw new HttpFailure("URL using bad/illegal format or missing URL");
		}
		String scheme = String.valueOf(uri.getScheme()).toLowerCase(java.util.Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new HttpFailure("Unsupported protocol");
		}
		if (uri.getHost() == null) {
			throw new HttpFailure("URL using bad/illegal format or missing URL");
		}
		return uri;
	}

	/** How long the request may take as RethinkDB prints it, e.g. {@code 0.800}. */
	static String describe(Duration timeout) {
		long millis = timeout.toMillis();
		return String.format("%d.%03d", millis / 1000, millis % 1000);
	}

	static IOException unwrapped(Throwable error) {
		Throwable cause = error;
		while (!(cause instanceof IOException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return (cause instanceof IOException io) ? io : new IOException(cause);
	}

}
