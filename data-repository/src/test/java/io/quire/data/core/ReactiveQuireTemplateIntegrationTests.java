package io.quire.data.core;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import io.quire.data.core.query.Criteria;
import io.quire.data.core.query.QuireQuery;
import io.quire.data.test.EmbeddedTemplateTestSupport;
import io.quire.data.test.Person;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ReactiveQuireTemplate} on a template of its own, on the embedded server.
 */
class ReactiveQuireTemplateIntegrationTests extends EmbeddedTemplateTestSupport {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private ReactiveQuireTemplate reactive;

	@BeforeEach
	void createReactiveTemplate() {
		this.reactive = new ReactiveQuireTemplate(template);
	}

	@Test
	void writesAndReadsShouldRoundTripEntities() {
		Person ada = this.reactive.insert(new Person("Ada", "Lovelace", 36)).block(TIMEOUT);
		this.reactive.insertAll(List.of(new Person("Grace", "Hopper", 85), new Person("Anne", "Lovelace", 30)))
			.blockLast(TIMEOUT);
		QuireQuery lovelaces = QuireQuery.query(Criteria.where("lastname").is("Lovelace"));
		StepVerifier.create(this.reactive.update(lovelaces, Map.of("age", 40), Person.class))
			.expectNext(2L)
			.verifyComplete();
		StepVerifier.create(this.reactive.findById(ada.getId(), Person.class).map(Person::getAge))
			.expectNext(40)
			.verifyComplete();
		StepVerifier.create(this.reactive.findAllById(List.of(ada.getId(), "missing"), Person.class).count())
			.expectNext(1L)
			.verifyComplete();
		StepVerifier.create(this.reactive.count(lovelaces, Person.class)).expectNext(2L).verifyComplete();
		StepVerifier.create(this.reactive.exists(lovelaces.limit(1), Person.class)).expectNext(true).verifyComplete();
		StepVerifier.create(this.reactive.existsById("missing", Person.class)).expectNext(false).verifyComplete();
		StepVerifier.create(this.reactive.deleteById(ada.getId(), Person.class)).expectNext(true).verifyComplete();
		StepVerifier.create(this.reactive.findOne(lovelaces, Person.class).map(Person::getFirstname))
			.expectNext("Anne")
			.verifyComplete();
		StepVerifier.create(this.reactive.deleteAll(Person.class)).expectNext(2L).verifyComplete();
	}

	@Test
	void theBlockingTemplateShouldSeeWhatTheReactiveOneWrote() {
		Person grace = this.reactive.save(new Person("Grace", "Hopper", 85)).block(TIMEOUT);
		assertThat(template.findById(grace.getId(), Person.class).getLastname()).isEqualTo("Hopper");
	}

	@Test
	void failuresShouldBeTranslated() {
		Person ada = this.reactive.insert(new Person("Ada", "Lovelace", 36)).block(TIMEOUT);
		StepVerifier.create(this.reactive.insert(ada)).expectError(DuplicateKeyException.class).verify(TIMEOUT);
		StepVerifier
			.create(this.reactive.execute((connection) -> Mono.fromFuture(
					() -> template.table(Person.class).get(1).bracket("x").runAtomAsync(connection, Object.class))))
			.expectError(InvalidDataAccessApiUsageException.class)
			.verify(TIMEOUT);
	}

	@Test
	void aTableDroppedBehindTheTemplatesBackShouldBeCreatedAgainAndTheQueryRetried() {
		this.reactive.insert(new Person("Ada", "Lovelace", 36)).block(TIMEOUT);
		template.execute((connection) -> r.db(connection.db()).tableDrop("people").runAtom(connection));
		StepVerifier.create(this.reactive.count(Person.class)).expectNext(0L).verifyComplete();
		StepVerifier
			.create(this.reactive.insert(new Person("Grace", "Hopper", 85)).then(this.reactive.count(Person.class)))
			.expectNext(1L)
			.verifyComplete();
	}

}
