package io.quire.spring.boot.autoconfigure.webflux;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.quire.engine.QuireServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP conversation with {@link ReactiveSampleApplication}, run against each way of
 * reaching an engine by the subclasses.
 */
abstract class ReactiveSampleApplicationTests {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private QuoteRepository quotes;

	/** The engine the application talks to, to wait for its changefeed. */
	protected abstract QuireServer engine();

	@BeforeEach
	void emptyTable() {
		this.quotes.deleteAll().block(Duration.ofSeconds(20));
	}

	@Test
	void quotesPostedOverHttpShouldBeServedInPagesAndCounted() throws Exception {
		post("Hopper", "The most dangerous phrase is: we've always done it this way.", 1987);
		post("Hopper", "A ship in port is safe, but that's not what ships are built for.", 1982);
		post("Hopper", "It's easier to ask forgiveness than permission.", 1986);
		JsonNode created = post("Lovelace", "The Analytical Engine weaves algebraic patterns.", 1843);
		JsonNode secondPage = get("/authors/Hopper/quotes?page=1&size=2");
		assertThat(secondPage).hasSize(1);
		assertThat(secondPage.get(0).path("year").asInt()).isEqualTo(1987);
		JsonNode firstPage = get("/authors/Hopper/quotes?page=0&size=2");
		assertThat(firstPage.valueStream().map((quote) -> quote.path("year").asInt())).containsExactly(1982, 1986);
		assertThat(get("/authors/Hopper/count").asLong()).isEqualTo(3);
		assertThat(get("/quotes/" + created.path("id").asString()).path("author").asString()).isEqualTo("Lovelace");
	}

	@Test
	void newQuotesOfAnAuthorShouldArriveAsServerSentEvents() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri("/authors/Turing/changes"))
			.header("Accept", "text/event-stream")
			.build();
		CompletableFuture<HttpResponse<Stream<String>>> response = http.sendAsync(request,
				HttpResponse.BodyHandlers.ofLines());
		awaitOpenCursors(1);
		post("Hopper", "Humans are allergic to change.", 1976);
		post("Turing", "We can only see a short distance ahead.", 1950);
		try (Stream<String> lines = response.get(20, TimeUnit.SECONDS).body()) {
			Iterator<String> events = lines.filter((line) -> line.startsWith("data:")).iterator();
			JsonNode first = json.readTree(events.next().substring("data:".length()));
			assertThat(first.path("author").asString()).isEqualTo("Turing");
		}
	}

	private JsonNode post(String author, String text, int year) throws IOException, InterruptedException {
		String body = json.writeValueAsString(new Quote(author, text, year));
		HttpRequest request = HttpRequest.newBuilder(uri("/quotes"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(20))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json.readTree(response.body());
	}

	private JsonNode get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private void awaitOpenCursors(int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (engine().metrics().openCursors() < count) {
			assertThat(System.nanoTime()).as("an open changefeed on the engine").isLessThan(deadline);
			Thread.sleep(10);
		}
	}

}
