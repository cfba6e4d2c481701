package io.quire.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.micrometer.observation.tck.TestObservationRegistry;
import io.quire.data.core.ChangeEvent;
import io.quire.data.core.QuireTemplate;
import io.quire.data.core.ReactiveQuireChanges;
import io.quire.data.core.query.Criteria;
import io.quire.data.core.query.QuireQuery;
import io.quire.e2e.spring.Book;
import io.quire.e2e.spring.BookRepository;
import io.quire.e2e.spring.E2eSpringApplication;
import io.quire.e2e.spring.ReactiveBookRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Example;
import org.springframework.data.domain.ExampleMatcher;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spring features an application uses (reactive repositories with publisher
 * arguments, Query by Example, changefeeds from criteria, {@code quire.query}
 * observations) in a Boot application on the starter, against {@code quire-server.jar} in
 * its own JVM, over the network.
 */
class SpringFeaturesAgainstServerIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static Path work;

	private static ServerJvm server;

	private static int driverPort;

	private static ConfigurableApplicationContext context;

	@BeforeAll
	static void startServerAndApplication() throws Exception {
		work = Files.createTempDirectory("quire-e2e-spring");
		server = ServerJvm.start(work.resolve("data"), work, 0, LocalPorts.free());
		driverPort = server.awaitDriverPort();
		context = new SpringApplicationBuilder(E2eSpringApplication.class).web(WebApplicationType.NONE)
			.properties("quire.host=127.0.0.1", "quire.port=" + driverPort, "quire.embedded.enabled=false",
					"quire.network-timeout=30s", "spring.application.name=quire-e2e")
			.run();
	}

	@AfterAll
	static void stop() throws Exception {
		if (context != null) {
			context.close();
		}
		if (server != null) {
			server.close();
		}
	}

	@BeforeEach
	void books() {
		BookRepository books = context.getBean(BookRepository.class);
		books.deleteAll();
		books.saveAll(List.of(new Book("A Wizard of Earthsea", "Le Guin", 1968),
				new Book("The Dispossessed", "Le Guin", 1974), new Book("Dune", "Herbert", 1965),
				new Book("Solaris", "Lem", 1961)));
	}

	@Test
	void reactiveRepositoryShouldQueryWithPlainAndPublisherArguments() {
		ReactiveBookRepository books = context.getBean(ReactiveBookRepository.class);
		assertThat(books.findByAuthorOrderByYearAsc("Le Guin").map(Book::getYear).collectList().block(TIMEOUT))
			.containsExactly(1968, 1974);
		assertThat(books.findByAuthorIn(Flux.just("Lem", "Herbert"))
			.map(Book::getTitle)
			.sort()
			.collectList()
			.block(TIMEOUT)).containsExactly("Dune", "Solaris");
		assertThat(books.countByAuthor(Mono.just("Le Guin")).block(TIMEOUT)).isEqualTo(2L);
		Book saved = books.save(new Book("Roadside Picnic", "Strugatsky", 1972)).block(TIMEOUT);
		assertThat(books.findById(saved.getId()).map(Book::getTitle).block(TIMEOUT)).isEqualTo("Roadside Picnic");
	}

	@Test
	void queryByExampleShouldMatchOnTheServer() {
		BookRepository books = context.getBean(BookRepository.class);
		Book probe = new Book("the", "le guin", 0);
		ExampleMatcher matcher = ExampleMatcher.matching()
			.withIgnorePaths("year")
			.withIgnoreCase()
			.withMatcher("title", ExampleMatcher.GenericPropertyMatchers.startsWith());
		assertThat(books.findAll(Example.of(probe, matcher))).extracting(Book::getTitle)
			.containsExactly("The Dispossessed");
		assertThat(context.getBean(ReactiveBookRepository.class)
			.count(Example.of(new Book("Dune", "Herbert", 1965)))
			.block(TIMEOUT)).isEqualTo(1L);
	}

	@Test
	void changesFromCriteriaShouldStreamOnlyMatchingEntities() throws Exception {
		QuireTemplate template = context.getBean(QuireTemplate.class);
		QuireQuery leGuin = QuireQuery.query(Criteria.where("author").is("Le Guin"));
		try (Stream<ChangeEvent<Book>> changes = template.changes(leGuin, Book.class)) {
			Iterator<ChangeEvent<Book>> events = changes.iterator();
			CompletableFuture<ChangeEvent<Book>> first = CompletableFuture.supplyAsync(events::next);
			template.insert(new Book("Fiasco", "Lem", 1986));
			template.insert(new Book("The Lathe of Heaven", "Le Guin", 1971));
			assertThat(first.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).newEntity().getTitle())
				.isEqualTo("The Lathe of Heaven");
		}
	}

	@Test
	void reactiveChangesWithInitialValuesShouldStartWithTheMatchingEntities() {
		ReactiveQuireChanges changes = context.getBean(ReactiveQuireChanges.class);
		QuireQuery lem = QuireQuery.query(Criteria.where("author").is("Lem"));
		assertThat(changes.changes(lem, Book.class, true)
			.map((event) -> event.newEntity().getTitle())
			.next()
			.block(TIMEOUT)).isEqualTo("Solaris");
	}

	@Test
	void everyQueryShouldBeAnObservationNamingTheServer() {
		TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
		context.getBean(BookRepository.class).count();
		assertThat(registry).hasAnObservation((observation) -> observation.hasNameEqualTo("quire.query")
			.hasLowCardinalityKeyValue("quire.table", "books")
			.hasLowCardinalityKeyValue("server.address", "127.0.0.1")
			.hasLowCardinalityKeyValue("server.port", String.valueOf(driverPort))
			.hasLowCardinalityKeyValue("outcome", "SUCCESS"));
	}

}
