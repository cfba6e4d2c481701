package io.quire.sample;

import io.quire.sample.ApiClient.Response;
import io.quire.sample.book.BookRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Create, read, update and delete over real HTTP against the embedded engine, with every
 * status code the API promises.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BooksApiIntegrationTests {

	private static final String EARTHSEA = """
			{"title": "A Wizard of Earthsea", "author": "Ursula K. Le Guin",
			 "tags": ["fantasy", "classic"], "published": "1968-11-01"}""";

	@LocalServerPort
	int port;

	@Autowired
	BookRepository repository;

	private ApiClient api;

	@BeforeEach
	void startEmpty() {
		this.repository.deleteAll();
		this.api = ApiClient.onLocalPort(this.port);
	}

	@Test
	void createShouldAnswer201WithTheLocationOfTheStoredBook() {
		Response created = this.api.post("/books", EARTHSEA);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.body().get("id").asString();
		assertThat(id).isNotBlank();
		assertThat(created.header("Location")).isEqualTo("http://127.0.0.1:" + this.port + "/books/" + id);
		assertThat(created.body().get("version").asLong()).isNotNegative();

		JsonNode fetched = this.api.get(created.header("Location")).body();
		assertThat(fetched.get("title").asString()).isEqualTo("A Wizard of Earthsea");
		assertThat(fetched.get("author").asString()).isEqualTo("Ursula K. Le Guin");
		assertThat(fetched.get("tags").values()).extracting(JsonNode::asString).containsExactly("fantasy", "classic");
		assertThat(fetched.get("published").asString()).isEqualTo("1968-11-01");
		assertThat(fetched.get("version")).isEqualTo(created.body().get("version"));
	}

	@Test
	void getShouldAnswer404WithAProblemForAnUnknownId() {
		Response response = this.api.get("/books/no-such-book");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.body().get("status").asInt()).isEqualTo(404);
		assertThat(response.body().get("detail").asString()).isEqualTo("No book has id 'no-such-book'");
		assertThat(response.body().get("instance").asString()).isEqualTo("/books/no-such-book");
	}

	@Test
	void createShouldAnswer400NamingEveryInvalidField() {
		Response response = this.api.post("/books", """
				{"title": " ", "author": "Ursula K. Le Guin", "tags": ["fantasy", ""], "published": "2999-01-01"}""");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.body().get("title").asString()).isEqualTo("Invalid request body");
		assertThat(response.body().get("errors").values()).extracting((error) -> error.get("field").asString())
			.containsExactlyInAnyOrder("title", "tags[1]", "published");
		assertThat(this.repository.count()).isZero();
	}

	@Test
	void createShouldAnswer400ForMalformedJson() {
		Response response = this.api.post("/books", "{\"title\": \"Dune\", ");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("title").asString()).isEqualTo("Malformed request body");
	}

	@Test
	void createShouldAnswer400ForADateThatIsNotADate() {
		Response response = this.api.post("/books", EARTHSEA.replace("1968-11-01", "November 1968"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("detail").asString()).contains("November 1968");
	}

	@Test
	void createShouldAnswer400ForAnUnknownField() {
		Response response = this.api.post("/books", EARTHSEA.replace("\"tags\"", "\"isbn\": \"x\", \"tags\""));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("detail").asString()).contains("isbn");
	}

	@Test
	void createShouldAnswer400WhenTheBodyCarriesAVersion() {
		Response response = this.api.post("/books", EARTHSEA.replace("}", ", \"version\": 3}"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("version");
	}

	@Test
	void updateShouldReplaceTheBookAndMoveItsVersionOn() {
		JsonNode created = this.api.post("/books", EARTHSEA).body();
		long version = created.get("version").asLong();
		Response updated = this.api.put("/books/" + created.get("id").asString(),
				EARTHSEA.replace("classic", "earthsea").replace("}", ", \"version\": " + version + "}"));
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.body().get("version").asLong()).isGreaterThan(version);
		JsonNode fetched = this.api.get("/books/" + created.get("id").asString()).body();
		assertThat(fetched.get("tags").values()).extracting(JsonNode::asString).containsExactly("fantasy", "earthsea");
		assertThat(fetched.get("version")).isEqualTo(updated.body().get("version"));
	}

	@Test
	void updateShouldAnswer409WhenMadeFromAStaleCopy() {
		JsonNode created = this.api.post("/books", EARTHSEA).body();
		String path = "/books/" + created.get("id").asString();
		String fromFirstCopy = EARTHSEA.replace("}", ", \"version\": " + created.get("version").asLong() + "}");
		assertThat(this.api.put(path, fromFirstCopy.replace("classic", "first")).status()).isEqualTo(200);

		Response conflict = this.api.put(path, fromFirstCopy.replace("classic", "second"));
		assertThat(conflict.status()).as(conflict.toString()).isEqualTo(409);
		assertThat(conflict.header("Content-Type")).startsWith("application/problem+json");
		assertThat(conflict.body().get("detail").asString()).contains("changed since version");
		assertThat(this.api.get(path).body().get("tags").values()).extracting(JsonNode::asString)
			.containsExactly("fantasy", "first");
	}

	@Test
	void updateShouldAnswer404ForAnUnknownId() {
		Response response = this.api.put("/books/no-such-book", EARTHSEA.replace("}", ", \"version\": 1}"));
		assertThat(response.status()).isEqualTo(404);
	}

	@Test
	void updateShouldAnswer400WithoutAVersion() {
		JsonNode created = this.api.post("/books", EARTHSEA).body();
		Response response = this.api.put("/books/" + created.get("id").asString(), EARTHSEA);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("errors").get(0).get("message").asString())
			.contains("send the version you read");
	}

	@Test
	void deleteShouldAnswer204AndTheBookShouldBeGone() {
		String location = this.api.post("/books", EARTHSEA).header("Location");
		assertThat(this.api.delete(location).status()).isEqualTo(204);
		assertThat(this.api.get(location).status()).isEqualTo(404);
		assertThat(this.api.delete(location).status()).isEqualTo(404);
	}

}
