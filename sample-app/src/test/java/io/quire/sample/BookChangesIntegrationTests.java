package io.quire.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.quire.engine.QuireServer;
import io.quire.sample.book.BookRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /books/changes} over real HTTP: the JDK client reads the event stream while
 * books are created, updated and deleted through the API.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "sample.book-changes.heartbeat-interval=200ms")
class BookChangesIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String KINDRED = """
			{"title": "Kindred", "author": "Octavia E. Butler", "tags": ["classic"], "published": "1979-06-01"}""";

	@LocalServerPort
	int port;

	@Autowired
	BookRepository repository;

	@Autowired
	QuireServer server;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ExecutorService reader = Executors.newSingleThreadExecutor();

	private ApiClient api;

	@BeforeEach
	void startEmpty() {
		this.repository.deleteAll();
		this.api = ApiClient.onLocalPort(this.port);
	}

	@AfterEach
	void stopReader() {
		this.reader.shutdownNow();
	}

	@Test
	void changesShouldStreamEveryBookChangeAsAnEvent() throws Exception {
		HttpResponse<Stream<String>> response = openEventStream();
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		try (Stream<String> lines = response.body()) {
			Iterator<String> events = lines.filter((line) -> !line.startsWith(":") && !line.isEmpty()).iterator();
			assertThat(nextLine(events)).isEqualTo("event:ready");
			nextLine(events);
			String id = this.api.post("/books", KINDRED).body().get("id").asString();
			JsonNode added = nextEvent(events, "add");
			assertThat(added.get("newBook").get("id").asString()).isEqualTo(id);
			assertThat(added.get("oldBook").isNull()).isTrue();
			long version = added.get("newBook").get("version").asLong();
			this.api.put("/books/" + id, KINDRED.replace("}", ", \"version\": " + version + "}"));
			JsonNode changed = nextEvent(events, "change");
			assertThat(changed.get("newBook").get("version").asLong()).isGreaterThan(version);
			this.api.delete("/books/" + id);
			JsonNode removed = nextEvent(events, "remove");
			assertThat(removed.get("oldBook").get("title").asString()).isEqualTo("Kindred");
		}
	}

	@Test
	void aClientGoingAwayShouldCloseItsChangefeed() throws Exception {
		long before = this.server.metrics().openCursors();
		HttpResponse<Stream<String>> response = openEventStream();
		Iterator<String> lines = response.body().iterator();
		assertThat(nextLine(lines)).isEqualTo("event:ready");
		assertThat(this.server.metrics().openCursors()).isEqualTo(before + 1);
		response.body().close();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (this.server.metrics().openCursors() > before && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(this.server.metrics().openCursors()).isEqualTo(before);
	}

	private HttpResponse<Stream<String>> openEventStream() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/books/changes"))
			.header("Accept", "text/event-stream")
			.GET()
			.build();
		return this.http.sendAsync(request, BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
	}

	private JsonNode nextEvent(Iterator<String> events, String name) throws Exception {
		assertThat(nextLine(events)).isEqualTo("event:" + name);
		String data = nextLine(events);
		assertThat(data).startsWith("data:");
		return json.readTree(data.substring("data:".length()));
	}

	private String nextLine(Iterator<String> lines) throws Exception {
		return this.reader.submit(lines::next).get(10, TimeUnit.SECONDS);
	}

}
