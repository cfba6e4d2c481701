package io.quire.server.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A script's view of the console API over real HTTP: keeps the session cookie and the
 * CSRF token it was given, and can send a forged token or none.
 */
final class ConsoleClient {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final int port;

	@Nullable String cookie;

	@Nullable String csrfToken;

	ConsoleClient(int port) {
		this.port = port;
	}

	/** One answer: status, body as JSON (null when empty) and the Set-Cookie headers. */
	record Answer(int status, @Nullable JsonNode body, List<String> setCookies) {

		String errorMessage() {
			return (this.body != null) ? this.body.path("error").path("message").asString() : "";
		}

		String errorType() {
			return (this.body != null) ? this.body.path("error").path("errorType").asString() : "";
		}

	}

	Answer signIn(String user, String password) {
		Answer answer = send("POST", "/console/api/session",
				"{\"user\":" + quote(user) + ",\"password\":" + quote(password) + "}", null);
		if (answer.status() == 200) {
			adopt(answer);
		}
		return answer;
	}

	/** Keeps the session a sign-in (or an automatic one) answered. */
	void adopt(Answer session) {
		String header = session.setCookies().get(0);
		this.cookie = header.substring(0, header.indexOf(';'));
		this.csrfToken = session.body().path("csrfToken").asString();
	}

	Answer get(String path) {
		return send("GET", path, null, null);
	}

	/** A state-changing call with the session's own CSRF token. */
	Answer post(String path, String json) {
		return send("POST", path, json, this.csrfToken);
	}

	Answer postWithToken(String path, String json, @Nullable String token) {
		return send("POST", path, json, token);
	}

	Answer query(String termJson) {
		return post("/console/api/queries", "{\"term\":" + termJson + "}");
	}

	Answer signOut() {
		return send("DELETE", "/console/api/session", null, this.csrfToken);
	}

	private Answer send(String method, String path, @Nullable String json, @Nullable String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(20))
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (this.cookie != null) {
			request.header("Cookie", this.cookie);
		}
		if (token != null) {
			request.header("X-Quire-Csrf", token);
		}
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode body = response.body().isEmpty() ? null : mapper.readTree(response.body());
			return new Answer(response.statusCode(), body, response.headers().allValues("Set-Cookie"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String quote(String text) {
		return mapper.writeValueAsString(text);
	}

}
