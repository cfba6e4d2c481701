package io.quire.engine.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLHandshakeException;

import org.jspecify.annotations.Nullable;

/**
 * One request's attempts within its deadline: sends, retries what may be temporary, maps
 * the JDK's failures to RethinkDB's reasons, and turns the final response into a result.
 */
final class Exchange {

	private static final Set<Integer> RETRIED_STATUSES = Set.of(408, 500, 502, 503, 504);

	/** How often a waiting request checks whether its query was cancelled. */
	private static final long POLL_MILLIS = 50;

	private final RequestOptions options;

	private final io.quire.engine.ServerOptions.Http access;

	private final CookieManager cookies;

	private final long bodyLimit;

	private final Runnable interruption;

	private final long deadline;

	Exchange(RequestOptions options, io.quire.engine.ServerOptions.Http access, CookieManager cookies, long bodyLimit,
			Runnable interruption) {
		this.options = options;
		this.access = access;
		this.cookies = cookies;
		this.bodyLimit = bodyLimit;
		this.interruption = interruption;
		this.deadline = System.nanoTime() + options.timeout().toNanos();
	}

	/** Sends the request, trying again while failures may be temporary. */
	HttpResponse<byte[]> send(URI target, String method, @Nullable String body, @Nullable String authorization) {
		HttpAccess.check(this.access, target);
		String lastFailure = "could not connect to server";
		HttpResponse<byte[]> last = null;
		for (long attempt = 0; attempt < this.options.attempts(); attempt++) {
			HttpRequest request = RequestBuilder.build(this.options, target, method, body, authorization, this.cookies,
					remaining());
			try {
				last = await(
						HttpClients.get(this.options.verify()).sendAsync(request, LimitedBody.handler(this.bodyLimit)));
			}
			catch (IOException ex) {
				lastFailure = retriable(ex);
				continue;
			}
			remember(target, last);
			if (!RETRIED_STATUSES.contains(last.statusCode())) {
				return last;
			}
		}
		if (last == null) {
			throw new HttpFailure(lastFailure);
		}
		return last;
	}

	private HttpResponse<byte[]> await(CompletableFuture<HttpResponse<byte[]>> pending) throws IOException {
		try {
			while (true) {
				this.interruption.run();
				long left = this.deadline - System.nanoTime();
				if (left <= 0) {
					throw timedOut();
				}
				try {
					return pending.get(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, POLL_MILLIS),
							TimeUnit.MILLISECONDS);
				}
				catch (TimeoutException stillWaiting) {
					// check the deadline and the query again
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new HttpFailure("interrupted");
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof HttpFailure failure) {
				throw failure;
			}
			throw HttpFetcher.unwrapped(ex.getCause());
		}
		finally {
			pending.cancel(true);
		}
	}

	/** The reason of a failure worth another attempt; others are thrown at once. */
	private String retriable(IOException ex) {
		if (ex instanceof HttpTimeoutException) {
			throw timedOut();
		}
		if (hasCause(ex, UnresolvedAddressException.class) || hasCause(ex, UnknownHostException.class)) {
			throw new HttpFailure("Couldn't resolve host name");
		}
		if (hasCause(ex, SSLHandshakeException.class)) {
			throw new HttpFailure("Peer certificate cannot be authenticated with given CA certificates");
		}
		return (ex instanceof ConnectException) ? "could not connect to server" : "error when receiving data";
	}

	private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private HttpFailure timedOut() {
		return new HttpFailure("timed out after " + HttpFetcher.describe(this.options.timeout()) + " seconds");
	}

	private Duration remaining() {
		long left = this.deadline - System.nanoTime();
		if (left <= 0) {
			throw timedOut();
		}
		return Duration.ofNanos(left);
	}

	private void remember(URI target, HttpResponse<byte[]> response) {
		try {
			this.cookies.put(target, response.headers().map());
		}
		catch (IOException ex) {
			// a cookie the manager cannot take is left out of later requests
		}
	}

	/** The final response as a result, or the failure RethinkDB reports for it. */
	static HttpResult result(RequestOptions options, String method, HttpResponse<byte[]> response, long bodyLimit) {
		String encoding = response.headers().firstValue("content-encoding").orElse("");
		byte[] body = LimitedBody.decode(response.body(), encoding, bodyLimit);
		Map<String, Object> header = ResponseHeaders.datum(response.headers());
		int status = response.statusCode();
		if (status < 200 || status >= 300) {
			throw new HttpFailure("status code " + status, header,
					(body.length > 0) ? ResponseBodies.text(body) : null);
		}
		if (method.equals("HEAD")) {
			return new HttpResult(header, null);
		}
		String contentType = ResponseHeaders.contentType(response.headers());
		try {
			return new HttpResult(header, ResponseBodies.datum(body, options.resultFormat(), contentType));
		}
		catch (HttpFailure failure) {
			throw new HttpFailure(failure.getMessage(), header, failure.body());
		}
	}

}
