package io.quire.data.repository;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import io.quire.data.test.People;
import io.quire.data.test.Person;
import io.quire.data.test.PersonRepository.LastnameOnly;
import io.quire.data.test.PersonRepository.NameOnly;
import io.quire.data.test.PersonRepository.NameRecord;
import io.quire.data.test.reactive.ReactivePersonRepository;
import io.quire.data.test.reactive.ReactiveRepositoryTestConfiguration;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reactive repositories: CRUD, derived and declared queries, paging by {@code Pageable},
 * counts and projections, on the shared embedded server.
 */
class ReactiveRepositoryIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

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

	@Test
	void crudMethodsShouldRoundTripEntities() {
		Person saved = repository.save(new Person("Mary", "Shelley", 53)).block(TIMEOUT);
		assertThat(saved.getId()).isNotNull();
		StepVerifier.create(repository.findById(saved.getId()).map(Person::getFirstname))
			.expectNext("Mary")
			.verifyComplete();
		StepVerifier.create(repository.existsById(saved.getId())).expectNext(true).verifyComplete();
		StepVerifier.create(repository.count()).expectNext(7L).verifyComplete();
		StepVerifier.create(repository.deleteById(saved.getId()).then(repository.findById(saved.getId())))
			.verifyComplete();
		StepVerifier.create(repository.findAll(Sort.by("age")).map(Person::getAge).take(2))
			.expectNext(30, 36)
			.verifyComplete();
	}

	@Test
	void insertShouldRefuseAnIdThatIsTaken() {
		Person ada = repository.findByEmail("ada@example.com").block(TIMEOUT);
		StepVerifier.create(repository.insert(ada)).expectError(DuplicateKeyException.class).verify(TIMEOUT);
	}

	@Test
	void derivedQueriesShouldFilterSortAndPage() {
		StepVerifier.create(repository.findByLastname("Lovelace").map(Person::getFirstname).sort())
			.expectNext("Ada", "Anne")
			.verifyComplete();
		StepVerifier
			.create(repository.findByAgeGreaterThan(80, Sort.by(Sort.Direction.DESC, "age")).map(Person::getFirstname))
			.expectNext("Katherine", "Grace")
			.verifyComplete();
		StepVerifier.create(repository.findByActiveTrueOrderByAgeAsc(PageRequest.of(1, 2)).map(Person::getFirstname))
			.expectNext("Katherine")
			.verifyComplete();
		StepVerifier.create(repository.findByAddressCityAndAgeLessThan("London", 35).map(Person::getFirstname))
			.expectNext("Anne")
			.verifyComplete();
	}

	@Test
	void singleResultsShouldBeMonos() {
		StepVerifier.create(repository.findByEmail("grace@example.com").map(Person::getLastname))
			.expectNext("Hopper")
			.verifyComplete();
		StepVerifier.create(repository.findByEmail("nobody@example.com")).verifyComplete();
		StepVerifier.create(repository.findOneByLastname("Lovelace"))
			.expectError(IncorrectResultSizeDataAccessException.class)
			.verify(TIMEOUT);
		StepVerifier.create(repository.findFirstByLastnameOrderByAgeDesc("Lovelace").map(Person::getFirstname))
			.expectNext("Ada")
			.verifyComplete();
	}

	@Test
	void countsExistenceAndDeletionsShouldBeMonos() {
		StepVerifier.create(repository.countByLastname("Lovelace")).expectNext(2L).verifyComplete();
		StepVerifier.create(repository.existsByEmail("alan@example.com")).expectNext(true).verifyComplete();
		StepVerifier.create(repository.existsByEmail("nobody@example.com")).expectNext(false).verifyComplete();
		StepVerifier.create(repository.deleteByLastname("Lovelace")).expectNext(2L).verifyComplete();
		StepVerifier.create(repository.removeByAgeGreaterThan(84).map(Person::getFirstname).sort())
			.expectNext("Grace", "Katherine")
			.verifyComplete();
		StepVerifier.create(repository.count()).expectNext(2L).verifyComplete();
	}

	@Test
	void projectionsShouldBeEmittedAsInterfacesRecordsAndDynamicTypes() {
		StepVerifier.create(repository.findNamesByLastname("Hopper").map(NameOnly::getFirstname))
			.expectNext("Grace")
			.verifyComplete();
		StepVerifier.create(repository.findRecordsByLastname("Turing"))
			.expectNext(new NameRecord("Alan", "Turing"))
			.verifyComplete();
		StepVerifier.create(repository.findByFirstname("Adele", LastnameOnly.class).map(LastnameOnly::getLastname))
			.expectNext("Goldberg")
			.verifyComplete();
	}

	@Test
	void declaredQueriesShouldRunWithArgumentsPagingAndExpressions() {
		StepVerifier.create(repository.findWithObjectFilter("Johnson").map(Person::getFirstname))
			.expectNext("Katherine")
			.verifyComplete();
		StepVerifier
			.create(repository.findOlderThan(40, PageRequest.of(0, 2, Sort.by("age"))).map(Person::getFirstname))
			.expectNext("Alan", "Adele")
			.verifyComplete();
		StepVerifier.create(repository.countActive()).expectNext(3L).verifyComplete();
		StepVerifier.create(repository.findWithNamedExpression("Hopper").map(Person::getFirstname))
			.expectNext("Grace")
			.verifyComplete();
	}

	@Test
	void monoAndFluxArgumentsShouldBeResolvedBeforeTheQueryRuns() {
		StepVerifier
			.create(repository.findByLastnameIn(Flux.just("Lovelace", "Turing")).map(Person::getFirstname).sort())
			.expectNext("Ada", "Alan", "Anne")
			.verifyComplete();
		StepVerifier.create(repository.countByLastnameAndAgeGreaterThan(Mono.just("Lovelace"), 31))
			.expectNext(1L)
			.verifyComplete();
		StepVerifier
			.create(repository.findByEmailAndActive(Mono.just("grace@example.com"), Mono.just(true))
				.map(Person::getLastname))
			.expectNext("Hopper")
			.verifyComplete();
		StepVerifier.create(repository.findWithObjectFilterOf(Mono.just("Johnson")).map(Person::getFirstname))
			.expectNext("Katherine")
			.verifyComplete();
	}

	@Test
	void publisherArgumentsShouldBeSubscribedOnlyWhenTheResultIs() {
		AtomicInteger subscriptions = new AtomicInteger();
		Mono<String> lastname = Mono.fromCallable(() -> {
			subscriptions.incrementAndGet();
			return "Hopper";
		});
		Flux<Person> results = repository.findWithObjectFilterOf(lastname);
		assertThat(subscriptions).hasValue(0);
		StepVerifier.create(results.map(Person::getFirstname)).expectNext("Grace").verifyComplete();
		StepVerifier.create(results.map(Person::getFirstname)).expectNext("Grace").verifyComplete();
		assertThat(subscriptions).hasValue(2);
	}

	@Test
	void failingArgumentShouldFailTheQuery() {
		StepVerifier.create(repository.findWithObjectFilterOf(Mono.error(new IllegalStateException("no name"))))
			.expectErrorMessage("no name")
			.verify(TIMEOUT);
	}

	@Test
	void savingManyFromAPublisherShouldSaveEach() {
		List<Person> saved = repository
			.saveAll(reactor.core.publisher.Flux.just(new Person("A", "One", 1), new Person("B", "Two", 2)))
			.collectList()
			.block(TIMEOUT);
		assertThat(saved).allSatisfy((person) -> assertThat(person.getId()).isNotNull());
		StepVerifier.create(repository.count()).expectNext(8L).verifyComplete();
	}

}
