package io.quire.data.repository;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quire.data.test.Address;
import io.quire.data.test.Person;
import io.quire.data.test.PersonRepositoryTestSupport;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Example;
import org.springframework.data.domain.ExampleMatcher;
import org.springframework.data.domain.ExampleMatcher.GenericPropertyMatchers;
import org.springframework.data.domain.ExampleMatcher.StringMatcher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static io.quire.data.repository.DerivedQueryIntegrationTests.firstnames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Query by Example on {@link QuireRepository}: probes and matchers become ReQL filters on
 * the embedded server.
 */
class QueryByExampleIntegrationTests extends PersonRepositoryTestSupport {

	/** Ignores the primitive properties, which always hold a value. */
	private static final ExampleMatcher MATCHING = ExampleMatcher.matching().withIgnorePaths("age", "active");

	private static Person probe(String firstname, String lastname) {
		Person probe = new Person();
		probe.setFirstname(firstname);
		probe.setLastname(lastname);
		return probe;
	}

	@Test
	void probeShouldMatchEveryPropertyThatIsSet() {
		assertThat(firstnames(repository.findAll(Example.of(probe(null, "Lovelace"), MATCHING))))
			.containsExactlyInAnyOrder("Ada", "Anne");
		assertThat(firstnames(repository.findAll(Example.of(probe("Anne", "Lovelace"), MATCHING))))
			.containsExactly("Anne");
	}

	@Test
	void primitivePropertiesShouldCountUnlessIgnored() {
		Person probe = probe(null, "Lovelace");
		probe.setAge(36);
		probe.setActive(true);
		assertThat(firstnames(repository.findAll(Example.of(probe)))).containsExactly("Ada");
	}

	@Test
	void anyMatchingShouldMatchOneOfTheProperties() {
		ExampleMatcher any = ExampleMatcher.matchingAny().withIgnorePaths("age", "active");
		assertThat(firstnames(repository.findAll(Example.of(probe("Grace", "Turing"), any))))
			.containsExactlyInAnyOrder("Grace", "Alan");
	}

	@Test
	void stringMatchersShouldSelectByStartEndContentAndRegex() {
		assertThat(names(probe("Ad", null), StringMatcher.STARTING)).containsExactlyInAnyOrder("Ada", "Adele");
		assertThat(names(probe("ce", null), StringMatcher.ENDING)).containsExactly("Grace");
		assertThat(names(probe("the", null), StringMatcher.CONTAINING)).containsExactly("Katherine");
		assertThat(names(probe("^A.a$", null), StringMatcher.REGEX)).containsExactly("Ada");
		assertThat(names(probe("a.*", null), StringMatcher.EXACT)).isEmpty();
	}

	private static List<String> names(Person probe, StringMatcher stringMatcher) {
		return firstnames(repository.findAll(Example.of(probe, MATCHING.withStringMatcher(stringMatcher))));
	}

	@Test
	void ignoreCaseShouldApplyToTheWholeProbeOrToOnePath() {
		assertThat(firstnames(repository.findAll(Example.of(probe("ada", null), MATCHING.withIgnoreCase()))))
			.containsExactly("Ada");
		ExampleMatcher firstnameOnly = MATCHING.withMatcher("firstname",
				GenericPropertyMatchers.startsWith().ignoreCase());
		assertThat(firstnames(repository.findAll(Example.of(probe("AD", null), firstnameOnly))))
			.containsExactlyInAnyOrder("Ada", "Adele");
		assertThat(firstnames(repository.findAll(Example.of(probe("AD", "lovelace"), firstnameOnly)))).isEmpty();
	}

	@Test
	void nestedDocumentsShouldMatchPropertyByProperty() {
		Person probe = new Person();
		probe.setAddress(new Address(null, "London", 0));
		ExampleMatcher matcher = MATCHING.withIgnorePaths("address.zip");
		assertThat(firstnames(repository.findAll(Example.of(probe, matcher)))).containsExactlyInAnyOrder("Ada", "Adele",
				"Anne");
	}

	@Test
	void includedNullsShouldMatchMissingOrNullFields() {
		Person probe = probe(null, "Lovelace");
		ExampleMatcher matcher = MATCHING.withIncludeNullValues()
			.withIgnorePaths("id", "firstname", "email", "address", "birthday", "lastLogin", "status");
		assertThat(firstnames(repository.findAll(Example.of(probe, matcher)))).containsExactly("Anne");
	}

	@Test
	void valueTransformerShouldChangeTheProbeValue() {
		ExampleMatcher matcher = MATCHING.withTransformer("lastname",
				(value) -> value.map((name) -> ((String) name).trim()));
		assertThat(firstnames(repository.findAll(Example.of(probe(null, "  Hopper "), matcher))))
			.containsExactly("Grace");
	}

	@Test
	void emptyProbeShouldMatchEveryone() {
		assertThat(repository.count(Example.of(new Person(), MATCHING))).isEqualTo(6);
	}

	@Test
	void sortPageCountAndExistsShouldWorkOnTheExample() {
		Example<Person> lovelaces = Example.of(probe(null, "Lovelace"), MATCHING);
		assertThat(firstnames(repository.findAll(lovelaces, Sort.by("age")))).containsExactly("Anne", "Ada");
		Page<Person> page = repository.findAll(lovelaces, PageRequest.of(0, 1, Sort.by("firstname")));
		assertThat(firstnames(page.getContent())).containsExactly("Ada");
		assertThat(page.getTotalElements()).isEqualTo(2);
		assertThat(repository.count(lovelaces)).isEqualTo(2);
		assertThat(repository.exists(lovelaces)).isTrue();
		assertThat(repository.exists(Example.of(probe("Nobody", null), MATCHING))).isFalse();
	}

	@Test
	void findOneShouldRefuseSeveralMatches() {
		assertThat(repository.findOne(Example.of(probe("Grace", null), MATCHING))).get()
			.extracting(Person::getLastname)
			.isEqualTo("Hopper");
		assertThat(repository.findOne(Example.of(probe("Nobody", null), MATCHING))).isEmpty();
		assertThatExceptionOfType(IncorrectResultSizeDataAccessException.class)
			.isThrownBy(() -> repository.findOne(Example.of(probe(null, "Lovelace"), MATCHING)));
	}

	interface NameOnly {

		String getFirstname();

	}

	record NameRecord(String firstname, String lastname) {
	}

	@Test
	void fluentQueryShouldSortLimitAndStream() {
		Example<Person> lovelaces = Example.of(probe(null, "Lovelace"), MATCHING);
		Person last = repository.findBy(lovelaces,
				(query) -> query.sortBy(Sort.by("firstname").descending()).firstValue());
		assertThat(last.getFirstname()).isEqualTo("Anne");
		List<Person> youngest = repository.findBy(lovelaces, (query) -> query.sortBy(Sort.by("age")).limit(1).all());
		assertThat(firstnames(youngest)).containsExactly("Anne");
		try (Stream<Person> stream = repository.findBy(lovelaces, (query) -> query.stream())) {
			assertThat(stream.count()).isEqualTo(2);
		}
		Page<Person> second = repository.findBy(lovelaces, (query) -> query.page(PageRequest.of(1, 1)));
		assertThat(second.getTotalElements()).isEqualTo(2);
		assertThat(second.getContent()).hasSize(1);
	}

	@Test
	void fluentQueryShouldProjectToInterfacesRecordsAndProperties() {
		Example<Person> lovelaces = Example.of(probe(null, "Lovelace"), MATCHING);
		List<NameOnly> names = repository.findBy(lovelaces,
				(query) -> query.as(NameOnly.class).sortBy(Sort.by("age")).all());
		assertThat(names).extracting(NameOnly::getFirstname).containsExactly("Anne", "Ada");
		List<NameRecord> records = repository.findBy(lovelaces,
				(query) -> query.as(NameRecord.class).sortBy(Sort.by("age")).all());
		assertThat(records).containsExactly(new NameRecord("Anne", "Lovelace"), new NameRecord("Ada", "Lovelace"));
		List<Person> firstnamesOnly = repository.findBy(lovelaces,
				(query) -> query.project("firstname").sortBy(Sort.by("age")).all());
		assertThat(firstnames(firstnamesOnly)).containsExactly("Anne", "Ada");
		assertThat(firstnamesOnly).extracting(Person::getLastname).containsOnlyNulls();
	}

}
