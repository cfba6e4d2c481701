package io.quire.e2e;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.net.Connection;
import io.quire.e2e.HttpJson.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app and the server as users run them: two JVMs started from the packaged
 * jars, the app pointed at the server with {@code --quire.uri}, driven over real HTTP,
 * and its data read back through the official RethinkDB Java driver.
 */
@TestInstance(Lifecycle.PER_CLASS)
class SampleAppAgainstServerIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	@TempDir
	static Path work;

	private ServerJvm server;

	private int driverPort;

	private SampleAppJvm app;

	@BeforeAll
	void startServerAndApp() throws Exception {
		E2eJars.assumeServerAndSampleBuilt();
		this.server = ServerJvm.start(work.resolve("data"), work, 0, LocalPorts.free());
		this.driverPort = this.server.awaitDriverPort();
		this.app = SampleAppJvm.start(this.driverPort, work);
		this.app.awaitUp();
	}

	@AfterAll
	void stop() throws Exception {
		if (this.app != null) {
			this.app.close();
		}
		if (this.server != null) {
			this.server.close();
		}
	}

	@Test
	void restApiShouldKeepBooksOnTheSeparateServer() {
		HttpJson api = this.app.http();
		Reply created = api.post("/books", book("The Dispossessed", "Ursula K. Le Guin", "1974-05-01", "utopia"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String location = created.location();
		long version = created.body().get("version").asLong();
		assertThat(api.get(location).body().get("title").asString()).isEqualTo("The Dispossessed");

		Reply updated = api.put(location,
				book("The Dispossessed", "Ursula K. Le Guin", "1974-05-01", "utopia", "anarchism").replace("}",
						", \"version\": " + version + "}"));
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		Reply stale = api.put(location, book("The Dispossessed", "Ursula K. Le Guin", "1974-05-01", "stale")
			.replace("}", ", \"version\": " + version + "}"));
		assertThat(stale.status()).as(stale.toString()).isEqualTo(409);

		Reply found = api.get("/books/search?author=Ursula%20K.%20Le%20Guin&tag=anarchism");
		assertThat(found.body().get("content").get(0).get("title").asString()).isEqualTo("The Dispossessed");
		assertThat(api.get("/books?size=1&sort=title").status()).isEqualTo(200);

		assertThat(api.delete(location).status()).isEqualTo(204);
		assertThat(api.get(location).status()).isEqualTo(404);
		assertThat(api.post("/books", "{\"title\": ").status()).isEqualTo(400);
	}

	@Test
	void queriesToTheServerShouldBeQuireQueryTimersNamingIt() {
		HttpJson api = this.app.http();
		api.get("/books");
		Reply metric = api.get("/actuator/metrics/quire.query?tag=server.port:" + this.driverPort
				+ "&tag=quire.table:books&tag=outcome:SUCCESS");
		assertThat(metric.status()).as(metric.toString()).isEqualTo(200);
		assertThat(metric.body().get("measurements").get(0).get("value").asDouble()).isPositive();
	}

	@Test
	void healthOfBothProcessesShouldBeUp() {
		Reply appHealth = this.app.http().get("/actuator/health");
		assertThat(appHealth.status()).as(appHealth.toString()).isEqualTo(200);
		JsonNode quire = appHealth.body().get("components").get("quire");
		assertThat(quire.get("status").asString()).isEqualTo("UP");
		assertThat(quire.get("details").get("database").asString()).isEqualTo("test");

		Reply serverHealth = this.server.http().get("/actuator/health");
		assertThat(serverHealth.status()).as(serverHealth.toString()).isEqualTo(200);
		assertThat(serverHealth.healthStatus()).isEqualTo("UP");
	}

	@Test
	@SuppressWarnings("unchecked")
	void officialDriverShouldReadTheBooksTheAppWrote() {
		Reply created = this.app.http()
			.post("/books", book("Kindred", "Octavia E. Butler", "1979-06-01", "classic", "time-travel"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.body().get("id").asString();

		try (Connection connection = r.connection().hostname("127.0.0.1").port(this.driverPort).connect()) {
			Map<String, Object> stored = r.db("test").table("books").get(id).run(connection, Map.class).single();
			assertThat(stored).containsEntry("title", "Kindred").containsEntry("author", "Octavia E. Butler");
			assertThat((List<Object>) stored.get("tags")).containsExactly("classic", "time-travel");
			assertThat(((OffsetDateTime) stored.get("published")).atZoneSameInstant(ZoneOffset.UTC).toLocalDate())
				.hasToString("1979-06-01");
			assertThat(((Number) stored.get("version")).longValue()).isEqualTo(created.body().get("version").asLong());
			List<Object> indexes = r.db("test").table("books").indexList().run(connection, List.class).single();
			assertThat(indexes).contains("author");
		}
	}

	static String book(String title, String author, String published, String... tags) {
		String tagList = String.join("\", \"", tags);
		return """
				{"title": "%s", "author": "%s", "published": "%s", "tags": ["%s"]}""".formatted(title, author,
				published, tagList);
	}

}
