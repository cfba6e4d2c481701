package io.quire.data.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quire.data.core.query.Criteria;
import io.quire.data.core.query.QuireQuery;
import io.quire.data.test.Address;
import io.quire.data.test.EmbeddedTemplateTestSupport;
import io.quire.data.test.Person;

import static org.assertj.core.api.Assertions.assertThat;

class QuireTemplateIntegrationTests extends EmbeddedTemplateTestSupport {

	@Test
	void insertGeneratesIdAndFindByIdReadsTheEntityBack() {
		Person ada = person("Ada", "Lovelace", 36);
		ada.setAddress(new Address("St James's Square", "London", 1));
		ada.setTags(List.of("math", "poetry"));
		ada.setBirthday(LocalDate.of(1815, 12, 10));
		ada.setLastLogin(Instant.parse("2026-01-02T03:04:05.678Z"));
		ada.setStatus(Person.Status.ACTIVE);
		Person saved = template.insert(ada);
		assertThat(saved.getId()).isNotBlank();
		Person found = template.findById(saved.getId(), Person.class);
		assertThat(found).usingRecursiveComparison().isEqualTo(saved);
	}

	@Test
	void findWithCriteriaSortAndPaging() {
		template.insertAll(List.of(person("A", "X", 30), person("B", "Y", 20), person("C", "Z", 40)));
		List<Person> found = template.find(QuireQuery.query(Criteria.where("age").greaterThan(25))
			.with(org.springframework.data.domain.Sort.by("age").descending()), Person.class);
		assertThat(found).extracting(Person::getFirstname).containsExactly("C", "A");
		assertThat(template.count(Person.class)).isEqualTo(3);
	}

	@Test
	void updateChangesFields() {
		Person saved = template.insert(person("A", "X", 30));
		long changed = template.update(QuireQuery.query(Criteria.where("id").is(saved.getId())), Map.of("age", 31),
				Person.class);
		assertThat(changed).isEqualTo(1);
		assertThat(template.findById(saved.getId(), Person.class).getAge()).isEqualTo(31);
	}

	@Test
	void updateOfANestedPathChangesOnlyThatField() {
		Person ada = person("Ada", "Lovelace", 36);
		ada.setAddress(new Address("St James's Square", "London", 1));
		Person saved = template.insert(ada);
		template.update(QuireQuery.query(Criteria.where("lastname").is("Lovelace")), Map.of("address.city", "Paris"),
				Person.class);
		assertThat(template.findById(saved.getId(), Person.class).getAddress())
			.isEqualTo(new Address("St James's Square", "Paris", 1));
	}

	@Test
	void findWithAReqlPredicateAndStream() {
		template.insertAll(List.of(person("A", "X", 30), person("B", "Y", 20)));
		assertThat(template.find((row) -> row.g("age").gt(25), Person.class)).extracting(Person::getFirstname)
			.containsExactly("A");
		try (java.util.stream.Stream<Person> people = template
			.stream(QuireQuery.all().with(org.springframework.data.domain.Sort.by("age")), Person.class)) {
			assertThat(people.map(Person::getFirstname)).containsExactly("B", "A");
		}
	}

	@Test
	void findAllAndDeleteReturnsTheDeletedEntities() {
		template.insertAll(List.of(person("A", "X", 30), person("B", "Y", 20)));
		List<Person> deleted = template.findAllAndDelete(QuireQuery.query(Criteria.where("age").lessThan(25)),
				Person.class);
		assertThat(deleted).extracting(Person::getFirstname).containsExactly("B");
		assertThat(template.count(Person.class)).isEqualTo(1);
	}

	private static Person person(String firstname, String lastname, int age) {
		return new Person(firstname, lastname, age);
	}

}
