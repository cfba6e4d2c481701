package io.quire.data.repository;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import io.quire.data.test.People;
import io.quire.data.test.Person;
import io.quire.data.test.PersonRepository.NameOnly;
import io.quire.data.test.PersonRepository.NameRecord;
import io.quire.data.test.reactive.ReactivePersonRepository;
import io.quire.data.test.reactive.ReactiveRepositoryTestConfiguration;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Example;
import org.springframework.data.domain.ExampleMatcher;
import org.springframework.data.domain.ExampleMatcher.StringMatcher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query by Example on {@link ReactiveQuireRepository}: the same probes and matchers as
 * the blocking repository, run through the reactive template on the embedded server.
 */
class ReactiveQueryByExampleIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** Ignores the primitive properties, which always hold a value. */
	private static final ExampleMatcher MATCHING = ExampleMatcher.matching().withIgnorePaths("age", "active");

	private static final Example<Person> LOVELACES = Example.of(probe(null, "Lovelace"), MATCHING);

	private static AnnotationConfigApplicationContext context;

	private static ReactivePersonRepository repository;

	@BeforeAll
	static void createContext() {
		context = new AnnotationConfigApplicationContext(ReactiveRepositoryTestConfiguration.class);
		repository = context.getBean(ReactivePersonRepository.class);
	}

	@AfterAll
	static void closeContext() {
		context.close();
	}

	@BeforeEach
	void insertPeople() {
		repository.deleteAll().then(repository.insert(People.all()).then()).block(TIMEOUT);
	}

	private static Person probe(String firstname, String lastname) {
		Person probe = new Person();
		probe.setFirstname(firstname);
		probe.setLastname(lastname);
		return probe;
	}

	@Test
	void findAllShouldMatchTheProbeAndFollowTheSort() {
		StepVerifier.create(repository.findAll(LOVELACES, Sort.by("age")).map(Person::getFirstname))
			.expectNext("Anne", "Ada")
			.verifyComplete();
		StepVerifier
			.create(repository
				.findAll(Example.of(probe("Ad", null), MATCHING.withStringMatcher(StringMatcher.STARTING)))
				.map(Person::getFirstname)
				.sort())
			.expectNext("Ada", "Adele")
			.verifyComplete();
	}

	@Test
	void anyMatchingShouldMatchOneOfTheProperties() {
		ExampleMatcher any = ExampleMatcher.matchingAny().withIgnorePaths("age", "active");
		StepVerifier
			.create(repository.findAll(Example.of(probe("Grace", "Turing"), any)).map(Person::getFirstname).sort())
			.expectNext("Alan", "Grace")
			.verifyComplete();
	}

	@Test
	void findOneShouldEmitTheMatchNothingOrAnErrorForSeveral() {
		StepVerifier.create(repository.findOne(Example.of(probe("Grace", null), MATCHING)).map(Person::getLastname))
			.expectNext("Hopper")
			.verifyComplete();
		StepVerifier.create(repository.findOne(Example.of(probe("Nobody", null), MATCHING))).verifyComplete();
		StepVerifier.create(repository.findOne(LOVELACES))
			.expectError(IncorrectResultSizeDataAccessException.class)
			.verify(TIMEOUT);
	}

	@Test
	void countAndExistsShouldApplyTheExample() {
		StepVerifier.create(repository.count(LOVELACES)).expectNext(2L).verifyComplete();
		StepVerifier.create(repository.count(Example.of(new Person(), MATCHING))).expectNext(6L).verifyComplete();
		StepVerifier.create(repository.exists(LOVELACES)).expectNext(true).verifyComplete();
		StepVerifier.create(repository.exists(Example.of(probe("Nobody", null), MATCHING)))
			.expectNext(false)
			.verifyComplete();
	}

	@Test
	void fluentQueryShouldSortLimitAndFetchOneFirstOrAll() {
		StepVerifier
			.create(repository.findBy(LOVELACES, (query) -> query.sortBy(Sort.by("firstname").descending()).first())
				.map(Person::getFirstname))
			.expectNext("Anne")
			.verifyComplete();
		StepVerifier
			.create(repository.findBy(LOVELACES, (query) -> query.sortBy(Sort.by("age")).limit(1).all())
				.map(Person::getFirstname))
			.expectNext("Anne")
			.verifyComplete();
		StepVerifier
			.create(repository.findBy(Example.of(probe("Anne", null), MATCHING), (query) -> query.one())
				.map(Person::getLastname))
			.expectNext("Lovelace")
			.verifyComplete();
		StepVerifier.create(repository.findBy(LOVELACES, (query) -> query.one()))
			.expectError(IncorrectResultSizeDataAccessException.class)
			.verify(TIMEOUT);
	}

	@Test
	void fluentQueryShouldPageSliceCountAndTellExistence() {
		StepVerifier.create(repository.findBy(LOVELACES, (query) -> query.page(PageRequest.of(1, 1, Sort.by("age")))))
			.assertNext((page) -> {
				assertThat(page.getTotalElements()).isEqualTo(2);
				assertThat(page.getContent()).extracting(Person::getFirstname).containsExactly("Ada");
			})
			.verifyComplete();
		StepVerifier.create(repository.findBy(LOVELACES, (query) -> query.page(PageRequest.of(0, 5))))
			.assertNext((page) -> assertThat(page.getTotalElements()).isEqualTo(2))
			.verifyComplete();
		StepVerifier.create(repository.findBy(LOVELACES, (query) -> query.slice(PageRequest.of(0, 1, Sort.by("age")))))
			.assertNext((slice) -> {
				assertThat(slice.hasNext()).isTrue();
				assertThat(slice.getContent()).extracting(Person::getFirstname).containsExactly("Anne");
			})
			.verifyComplete();
		StepVerifier.create(repository.findBy(LOVELACES, (query) -> query.limit(1).count()))
			.expectNext(2L)
			.verifyComplete();
		StepVerifier.create(repository.findBy(Example.of(probe("Nobody", null), MATCHING), (query) -> query.exists()))
			.expectNext(false)
			.verifyComplete();
	}

	@Test
	void fluentQueryShouldProjectToInterfacesRecordsAndProperties() {
		StepVerifier
			.create(repository.findBy(LOVELACES, (query) -> query.as(NameOnly.class).sortBy(Sort.by("age")).all())
				.map(NameOnly::getFirstname))
			.expectNext("Anne", "Ada")
			.verifyComplete();
		StepVerifier
			.create(repository.findBy(LOVELACES, (query) -> query.as(NameRecord.class).sortBy(Sort.by("age")).all()))
			.expectNext(new NameRecord("Anne", "Lovelace"), new NameRecord("Ada", "Lovelace"))
			.verifyComplete();
		StepVerifier
			.create(repository.findBy(LOVELACES, (query) -> query.project("firstname").sortBy(Sort.by("age")).all()))
			.assertNext((person) -> assertThat(person.getLastname()).isNull())
			.assertNext((person) -> assertThat(person.getFirstname()).isEqualTo("Ada"))
			.verifyComplete();
	}

}
