package io.quire.data.core;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import io.quire.data.core.query.Criteria;
import io.quire.data.core.query.QuireQuery;
import io.quire.data.test.EmbeddedTemplateTestSupport;
import io.quire.data.test.Person;
import io.quire.driver.ChangeType;

import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Changefeeds of the entities a {@link QuireQuery}'s criteria select, blocking and as a
 * Flux, with and without {@code include_initial}.
 */
class DerivedChangesIntegrationTests extends EmbeddedTemplateTestSupport {

	private static final QuireQuery LOVELACES = QuireQuery.query(Criteria.where("lastname").is("Lovelace"));

	private final ExecutorService readers = Executors.newCachedThreadPool();

	@AfterEach
	void stopReaders() {
		this.readers.shutdownNow();
	}

	@Test
	void blockingChangesShouldFollowOnlyTheSelectedEntities() throws Exception {
		try (Stream<ChangeEvent<Person>> changes = template.changes(LOVELACES, Person.class)) {
			Iterator<ChangeEvent<Person>> events = changes.iterator();
			Future<ChangeEvent<Person>> first = this.readers.submit(events::next);
			ChangeStreamIntegrationTests.awaitOpenCursors(1);
			template.insert(new Person("Grace", "Hopper", 85));
			template.insert(new Person("Ada", "Lovelace", 36));
			ChangeEvent<Person> event = first.get(10, TimeUnit.SECONDS);
			assertThat(event.type()).isEqualTo(ChangeType.ADD);
			assertThat(event.newEntity().getFirstname()).isEqualTo("Ada");
		}
	}

	@Test
	void includeInitialShouldEmitTheSelectedEntitiesFirst() throws Exception {
		template.insert(new Person("Ada", "Lovelace", 36));
		template.insert(new Person("Alan", "Turing", 41));
		try (Stream<ChangeEvent<Person>> changes = template.changes(LOVELACES, Person.class, true)) {
			Iterator<ChangeEvent<Person>> events = changes.iterator();
			ChangeEvent<Person> initial = this.readers.submit(events::next).get(10, TimeUnit.SECONDS);
			assertThat(initial.type()).isEqualTo(ChangeType.INITIAL);
			assertThat(initial.newEntity().getFirstname()).isEqualTo("Ada");
		}
	}

	@Test
	void fluxChangesShouldFollowTheCriteriaWithInitialValues() {
		template.insert(new Person("Ada", "Lovelace", 36));
		ReactiveQuireTemplate reactive = new ReactiveQuireTemplate(template);
		QuireQuery adults = QuireQuery.query(Criteria.where("age").greaterThan(30));
		StepVerifier.create(reactive.changes(adults, Person.class, true).take(2))
			.assertNext((event) -> assertThat(event.type()).isEqualTo(ChangeType.INITIAL))
			.then(() -> {
				template.insert(new Person("Young", "One", 20));
				template.insert(new Person("Grace", "Hopper", 85));
			})
			.assertNext((event) -> {
				assertThat(event.type()).isEqualTo(ChangeType.ADD);
				assertThat(event.newEntity().getFirstname()).isEqualTo("Grace");
			})
			.verifyComplete();
	}

	@Test
	void aQueryThatSortsOrLimitsShouldBeRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> template.changes(LOVELACES.with(Sort.by("age")), Person.class))
			.withMessageContaining("sort, skip, limit");
		ReactiveQuireTemplate reactive = new ReactiveQuireTemplate(template);
		StepVerifier.create(reactive.changes(LOVELACES.limit(1), Person.class))
			.expectError(IllegalArgumentException.class)
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void changesThroughAnIndexShouldFollowTheIndexedValue() {
		ReactiveQuireTemplate reactive = new ReactiveQuireTemplate(template);
		QuireQuery byEmail = QuireQuery.query(Criteria.where("email").is("grace@example.com"));
		Person grace = new Person("Grace", "Hopper", 85);
		grace.setEmail("grace@example.com");
		List<ChangeEvent<Person>> seen = reactive.changes(byEmail, Person.class)
			.take(1)
			.doOnSubscribe((subscription) -> this.readers.submit(() -> {
				ChangeStreamIntegrationTests.awaitOpenCursors(1);
				Person other = new Person("Ada", "Lovelace", 36);
				other.setEmail("ada@example.com");
				template.insert(other);
				return template.insert(grace);
			}))
			.collectList()
			.block(Duration.ofSeconds(20));
		assertThat(seen).singleElement()
			.satisfies((event) -> assertThat(event.newEntity().getLastname()).isEqualTo("Hopper"));
	}

}
