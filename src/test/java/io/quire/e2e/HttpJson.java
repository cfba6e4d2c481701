package io.quire.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * A JDK HTTP client for one process's HTTP port on loopback, with JSON bodies.
 */
final class HttpJson {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI base;

	HttpJson(int port) {
		this.base = URI.create("http://127.0.0.1:" + port);
	}

	Reply get(String path) {
		return send(request(path).GET());
	}

	Reply post(String path, String body) {
		return send(request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(body)));
	}

	Reply put(String path, String body) {
		return send(request(path).header("Content-Type", "application/json").PUT(BodyPublishers.ofString(body)));
	}

	Reply delete(String path) {
		return send(request(path).DELETE());
	}

	/** Like {@link #get(String)}, but a refused or broken connection gives status 0. */
	Reply tryGet(String path) {
		try {
			return get(path);
		}
		catch (UncheckedIOException ex) {
			return new Reply(0, "", "");
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(this.base.resolve(path)).timeout(Duration.ofSeconds(30));
	}

	private Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.build(), BodyHandlers.ofString());
			String location = response.headers().firstValue("Location").orElse("");
			return new Reply(response.statusCode(), response.body(), location);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response: status, raw body and the Location header. */
	record Reply(int status, String text, String location) {

		/** The body as JSON; a missing node when it is empty or not JSON. */
		JsonNode body() {
			try {
				return this.text.isEmpty() ? MissingNode.getInstance() : json.readTree(this.text);
			}
			catch (JacksonException ex) {
				return MissingNode.getInstance();
			}
		}

		/**
		 * The {@code status} field of an Actuator health body, or "" when there is none.
		 */
		String healthStatus() {
			return body().path("status").asString("");
		}

		@Override
		public String toString() {
			return this.status + " " + this.text;
		}

	}

}
