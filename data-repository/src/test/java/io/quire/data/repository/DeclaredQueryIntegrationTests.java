package io.quire.data.repository;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quire.data.test.Person;
import io.quire.data.test.PersonRepository;
import io.quire.data.test.PersonRepositoryTestSupport;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static io.quire.data.repository.DerivedQueryIntegrationTests.firstnames;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @Query} with raw ReQL filters written as JSON.
 */
class DeclaredQueryIntegrationTests extends PersonRepositoryTestSupport {

	@Test
	void objectFilterMatchesFields() {
		assertThat(firstnames(repository.findWithObjectFilter("Hopper"))).containsExactly("Grace");
	}

	@Test
	void objectFilterMatchesNestedObjectsPartially() {
		assertThat(firstnames(repository.findWithNestedObjectFilter("London"))).containsExactlyInAnyOrder("Ada",
				"Adele", "Anne");
	}

	@Test
	void termWithImplicitRowAndSortParameter() {
		assertThat(firstnames(repository.findOlderThan(80, Sort.by("age")))).containsExactly("Grace", "Katherine");
	}

	@Test
	void functionTermWithTwoParametersAndPaging() {
		Page<Person> page = repository.findWithFunction("Lovelace", 35, PageRequest.of(0, 10));
		assertThat(firstnames(page.getContent())).containsExactly("Anne");
		assertThat(page.getTotalElements()).isEqualTo(1);
	}

	@Test
	void collectionParameterBecomesAnArray() {
		assertThat(firstnames(repository.findWithStatusIn(List.of(Person.Status.SUSPENDED, Person.Status.CLOSED))))
			.containsExactlyInAnyOrder("Katherine", "Alan");
	}

	@Test
	void namedQueryFromProperties() {
		assertThat(firstnames(repository.findByNamedQuery("Turing"))).containsExactly("Alan");
	}

	@Test
	void countExistsAndDeleteFlags() {
		assertThat(repository.countActive()).isEqualTo(3);
		assertThat(repository.emailTaken("ada@example.com")).isTrue();
		assertThat(repository.emailTaken("nobody@example.com")).isFalse();
		assertThat(repository.deleteWithObjectFilter("Lovelace")).isEqualTo(2);
		assertThat(repository.count()).isEqualTo(4);
	}

	@Test
	void expressionPlaceholdersAreEvaluatedForEachCall() {
		assertThat(firstnames(repository.findWithIndexExpression("Lovelace"))).containsExactlyInAnyOrder("Ada", "Anne");
		assertThat(firstnames(repository.findWithNamedExpression("Hopper"))).containsExactly("Grace");
		assertThat(firstnames(repository.findOlderThanTwice(45))).containsExactly("Katherine");
		assertThat(firstnames(repository.findSeniors())).containsExactlyInAnyOrder("Grace", "Katherine");
		assertThat(firstnames(repository.findFavourites())).containsExactly("Alan");
	}

}
