package io.quire.engine.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One {@code r.http} request as its optargs describe it, with RethinkDB's defaults: GET,
 * a 30 second timeout, 5 attempts, 1 redirect, certificates verified, result format auto.
 *
 * @param method GET, HEAD, POST, PUT, PATCH or DELETE
 * @param url the URL as given (without a scheme, http is meant)
 * @param params the query parameters appended to the URL (values are numbers, strings or
 * null)
 * @param header the request header lines, {@code Name: value}, later ones winning
 * @param body the request body, or {@code null} for none
 * @param form the form fields a POST sends url-encoded, when its data is an object
 * @param auth the credentials, or {@code null}
 * @param timeout the bound on the whole request, retries and redirects included
 * @param attempts how many times to try when the failure may be temporary
 * @param redirects how many redirects to follow
 * @param verify whether to verify the server's TLS certificate and host name
 * @param resultFormat how the response body becomes a datum
 */
public record RequestOptions(String method, String url, Map<String, @Nullable Object> params, List<String> header,
		@Nullable String body, Map<String, String> form, @Nullable HttpAuth auth, Duration timeout, long attempts,
		long redirects, boolean verify, ResultFormat resultFormat) {

	/** The same request to another URL with other parameters (the next page). */
	public RequestOptions withPage(String url, Map<String, @Nullable Object> params) {
		return new RequestOptions(this.method, url, params, this.header, this.body, this.form, this.auth, this.timeout,
				this.attempts, this.redirects, this.verify, this.resultFormat);
	}

}
