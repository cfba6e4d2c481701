package io.quire.server.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quire.engine.QuerySession;
import io.quire.engine.QuireServer;
import io.quire.engine.system.SystemTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console API counted and limited as driver connections are, and the dashboard's live
 * stream of current issues.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "quire.server.driver-port=0", "quire.server.initial-password=admin-secret",
				"quire.server.max-connections=3" })
@DirtiesContext
class ConsoleLiveIntegrationTests {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	@TempDir
	static Path temporary;

	@LocalServerPort
	private int httpPort;

	@Autowired
	private QuireServer server;

	@Autowired
	private MeterRegistry meters;

	@DynamicPropertySource
	static void quireProperties(DynamicPropertyRegistry registry) {
		registry.add("quire.server.data-dir", () -> temporary.resolve("data").toString());
	}

	@Test
	void consoleQueriesShouldCountInTheQueryMetricsAsDriverQueriesDo() {
		ConsoleClient admin = signedIn();
		long before = this.server.metrics().queriesByKind().getOrDefault("TABLE_LIST", 0L);
		long timed = tableListTimerCount();
		assertThat(admin.query("[62,[[14,[\"test\"]]]]").status()).isEqualTo(200);
		assertThat(this.server.metrics().queriesByKind()).containsEntry("TABLE_LIST", before + 1);
		assertThat(tableListTimerCount()).isEqualTo(timed + 1);
		assertThat(this.server.metrics().runningQueries()).isZero();
		admin.signOut();
	}

	@Test
	void sessionsShouldTakePlacesUnderTheServersConnectionLimit() {
		ConsoleClient first = signedIn();
		ConsoleClient second = signedIn();
		ConsoleClient third = signedIn();
		ConsoleClient.Answer refused = new ConsoleClient(this.httpPort).signIn("admin", "admin-secret");
		assertThat(refused.status()).isEqualTo(503);
		assertThat(refused.errorMessage())
			.isEqualTo("Too many connections: the server accepts at most 3 client connections.");
		first.signOut();
		ConsoleClient again = signedIn();
		List.of(second, third, again).forEach(ConsoleClient::signOut);
	}

	@Test
	@Timeout(30)
	void anIssueShouldAppearInTheStatsStreamWithoutReloading() throws Exception {
		List<Map<String, Object>> issues = new CopyOnWriteArrayList<>();
		this.server.engine().system().register(new Issues(issues));
		ConsoleClient admin = signedIn();
		try (Stream<String> lines = events(admin, "/console/api/stats")) {
			Iterator<String> stream = lines.iterator();
			assertThat(nextIssues(stream).path("issues").isEmpty()).isTrue();
			issues.add(Map.of("id", "1", "type", "log_write_error", "critical", false, "description",
					"Cannot write to the log file."));
			JsonNode update = nextIssues(stream);
			assertThat(update.path("issues").get(0).path("type").asString()).isEqualTo("log_write_error");
		}
		admin.signOut();
	}

	private ConsoleClient signedIn() {
		ConsoleClient client = new ConsoleClient(this.httpPort);
		assertThat(client.signIn("admin", "admin-secret").status()).isEqualTo(200);
		return client;
	}

	private long tableListTimerCount() {
		Timer timer = this.meters.find("quire.queries").tag("kind", "table_list").tag("outcome", "success").timer();
		return (timer != null) ? timer.count() : 0;
	}

	private Stream<String> events(ConsoleClient client, String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.httpPort + path))
			.header("Cookie", client.cookie)
			.header("Accept", "text/event-stream")
			.build();
		HttpResponse<Stream<String>> response = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.build()
			.send(request, HttpResponse.BodyHandlers.ofLines());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	/** The data of the next {@code issues} event; samples come every second meanwhile. */
	private static JsonNode nextIssues(Iterator<String> stream) {
		boolean issuesEvent = false;
		while (stream.hasNext()) {
			String line = stream.next();
			if (line.startsWith("event:")) {
				issuesEvent = line.substring(6).trim().equals("issues");
			}
			else if (issuesEvent && line.startsWith("data:")) {
				return mapper.readTree(line.substring(5));
			}
		}
		throw new AssertionError("The stream ended without an issues event");
	}

	/** {@code current_issues} with the rows the test puts there. */
	private record Issues(List<Map<String, Object>> rows) implements SystemTable {

		@Override
		public String name() {
			return "current_issues";
		}

		@Override
		public List<Map<String, Object>> rows(QuerySession caller) {
			return List.copyOf(this.rows);
		}

	}

}
