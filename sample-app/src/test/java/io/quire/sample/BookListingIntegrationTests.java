package io.quire.sample;

import java.time.LocalDate;
import java.util.List;

import io.quire.data.core.QuireTemplate;
import io.quire.sample.ApiClient.Response;
import io.quire.sample.book.Book;
import io.quire.sample.book.BookRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listing with paging and sorting, and searching by author and tag, over real HTTP
 * against the embedded engine.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BookListingIntegrationTests {

	private static final String LE_GUIN = "Ursula K. Le Guin";

	private static final String BUTLER = "Octavia E. Butler";

	@LocalServerPort
	int port;

	@Autowired
	BookRepository repository;

	@Autowired
	QuireTemplate template;

	private ApiClient api;

	@BeforeEach
	void shelve() {
		this.repository.deleteAll();
		this.repository.saveAll(List.of(book("A Wizard of Earthsea", LE_GUIN, 1968, "fantasy", "classic"),
				book("The Left Hand of Darkness", LE_GUIN, 1969, "science-fiction", "classic"),
				book("The Dispossessed", LE_GUIN, 1974, "science-fiction"), book("Kindred", BUTLER, 1979, "classic"),
				book("Parable of the Sower", BUTLER, 1993, "science-fiction")));
		this.api = ApiClient.onLocalPort(this.port);
	}

	@Test
	void listShouldReturnTheRequestedPageInTheRequestedOrder() {
		Response response = this.api.get("/books?page=1&size=2&sort=title,desc");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(titles(response)).containsExactly("Parable of the Sower", "Kindred");
		assertThat(response.body().get("page").asInt()).isEqualTo(1);
		assertThat(response.body().get("size").asInt()).isEqualTo(2);
		assertThat(response.body().get("totalElements").asLong()).isEqualTo(5);
		assertThat(response.body().get("totalPages").asInt()).isEqualTo(3);
	}

	@Test
	void listShouldSortOnSeveralProperties() {
		Response response = this.api.get("/books?sort=author&sort=published,desc");
		assertThat(titles(response)).containsExactly("Parable of the Sower", "Kindred", "The Dispossessed",
				"The Left Hand of Darkness", "A Wizard of Earthsea");
	}

	@Test
	void listPastTheLastPageShouldBeEmpty() {
		Response response = this.api.get("/books?page=7&size=2");
		assertThat(response.status()).isEqualTo(200);
		assertThat(titles(response)).isEmpty();
		assertThat(response.body().get("totalElements").asLong()).isEqualTo(5);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			page=-1          | page
			page=first       | page
			size=0           | size
			size=101         | size
			size=ten         | size
			sort=isbn        | sort
			sort=title,up    | sort
			""")
	void badPagingParametersShouldAnswer400NamingTheParameter(String query, String parameter) {
		Response response = this.api.get("/books?" + query);
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.body().get("parameter").asString()).isEqualTo(parameter);
	}

	@Test
	void searchByAuthorShouldFindOnlyTheirBooks() {
		Response response = this.api.get("/books/search?author=Octavia%20E.%20Butler&sort=published");
		assertThat(titles(response)).containsExactly("Kindred", "Parable of the Sower");
	}

	@Test
	void searchByTagShouldFindEveryBookCarryingIt() {
		Response response = this.api.get("/books/search?tag=classic&sort=published");
		assertThat(titles(response)).containsExactly("A Wizard of Earthsea", "The Left Hand of Darkness", "Kindred");
	}

	@Test
	void authorAndTagsShouldHaveTheirIndexesOnTheServer() {
		List<Object> indexes = this.template.execute((connection) -> this.template.table(Book.class)
			.indexList()
			.runAtom(connection, new TypeReference<List<Object>>() {
			}));
		assertThat(indexes).contains("author", "tags");
	}

	@Test
	void searchByAuthorAndTagShouldNeedBoth() {
		Response response = this.api.get("/books/search?author=Ursula%20K.%20Le%20Guin&tag=science-fiction&sort=title");
		assertThat(titles(response)).containsExactly("The Dispossessed", "The Left Hand of Darkness");
	}

	@Test
	void searchShouldBePaged() {
		Response response = this.api.get("/books/search?tag=classic&size=2&page=1&sort=published");
		assertThat(titles(response)).containsExactly("Kindred");
		assertThat(response.body().get("totalElements").asLong()).isEqualTo(3);
	}

	@Test
	void searchWithoutAuthorOrTagShouldAnswer400() {
		Response response = this.api.get("/books/search?author=");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("detail").asString()).contains("Give an author, a tag or both");
	}

	private static List<String> titles(Response response) {
		return response.body().get("content").values().stream().map((book) -> book.get("title").asString()).toList();
	}

	private static Book book(String title, String author, int year, String... tags) {
		return new Book(title, author, List.of(tags), LocalDate.of(year, 1, 1));
	}

}
