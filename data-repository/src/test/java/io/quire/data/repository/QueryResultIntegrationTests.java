package io.quire.data.repository;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quire.data.test.Person;
import io.quire.data.test.PersonRepository;
import io.quire.data.test.PersonRepositoryTestSupport;
import io.quire.data.test.PersonRepository.LastnameOnly;
import io.quire.data.test.PersonRepository.NameOnly;
import io.quire.data.test.PersonRepository.NameRecord;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

import static io.quire.data.repository.DerivedQueryIntegrationTests.firstnames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Return types, Sort, Pageable and Limit parameters, paging boundaries and projections.
 */
class QueryResultIntegrationTests extends PersonRepositoryTestSupport {

	@Test
	void singleEntityOrNull() {
		assertThat(repository.findByEmail("grace@example.com").getLastname()).isEqualTo("Hopper");
		assertThat(repository.findByEmail("nobody@example.com")).isNull();
	}

	@Test
	void optional() {
		assertThat(repository.findOneByEmail("alan@example.com")).map(Person::getLastname).contains("Turing");
		assertThat(repository.findOneByEmail("nobody@example.com")).isEmpty();
	}

	@Test
	void singleResultWithSeveralMatchesIsAnError() {
		assertThatExceptionOfType(IncorrectResultSizeDataAccessException.class)
			.isThrownBy(() -> repository.findOneByLastname("Lovelace"));
	}

	@Test
	void streamReadsACursorAndClosesIt() {
		try (Stream<Person> people = repository.streamByLastname("Lovelace")) {
			assertThat(people.map(Person::getFirstname)).containsExactlyInAnyOrder("Ada", "Anne");
		}
	}

	@Test
	void sortParameter() {
		assertThat(firstnames(repository.findByActiveTrue(Sort.by("firstname")))).containsExactly("Ada", "Grace",
				"Katherine");
	}

	@Test
	void sortOnNestedAndRenamedField() {
		assertThat(firstnames(repository.findByActiveTrue(Sort.by("address.city").descending())))
			.containsExactly("Grace", "Ada", "Katherine");
		assertThat(firstnames(repository.findAll(Sort.by("address.city", "age")))).containsExactly("Katherine", "Anne",
				"Ada", "Adele", "Grace", "Alan");
	}

	@Test
	void sortIgnoringCase() {
		Person lower = new Person("bob", "Lowercase", 50);
		repository.save(lower);
		Sort byFirstname = Sort.by(Sort.Order.asc("firstname").ignoreCase());
		assertThat(firstnames(repository.findAll(byFirstname))).containsExactly("Ada", "Adele", "Alan", "Anne", "bob",
				"Grace", "Katherine");
	}

	@Test
	void limitParameter() {
		assertThat(repository.findByLastname("Lovelace", Limit.of(1))).hasSize(1);
		assertThat(repository.findByLastname("Lovelace", Limit.unlimited())).hasSize(2);
	}

	@Test
	void pagesAcrossTheBoundaries() {
		Pageable firstPage = PageRequest.of(0, 2, Sort.by("age"));
		Page<Person> first = repository.findByActive(true, firstPage);
		assertThat(firstnames(first.getContent())).containsExactly("Ada", "Grace");
		assertThat(first.getTotalElements()).isEqualTo(3);
		assertThat(first.getTotalPages()).isEqualTo(2);
		assertThat(first.hasNext()).isTrue();
		Page<Person> last = repository.findByActive(true, first.nextPageable());
		assertThat(firstnames(last.getContent())).containsExactly("Katherine");
		assertThat(last.isLast()).isTrue();
		Page<Person> beyond = repository.findByActive(true, PageRequest.of(2, 2, Sort.by("age")));
		assertThat(beyond.getContent()).isEmpty();
		assertThat(beyond.getTotalElements()).isEqualTo(3);
	}

	@Test
	void pageThatHoldsEveryMatch() {
		Page<Person> all = repository.findByActive(true, PageRequest.of(0, 3));
		assertThat(all.getContent()).hasSize(3);
		assertThat(all.getTotalPages()).isEqualTo(1);
		assertThat(all.hasNext()).isFalse();
	}

	@Test
	void unpagedPage() {
		Page<Person> all = repository.findByActive(false, Pageable.unpaged());
		assertThat(all.getContent()).hasSize(3);
		assertThat(all.getTotalElements()).isEqualTo(3);
	}

	@Test
	void slicesKnowWhetherAnotherFollows() {
		Slice<Person> first = repository.readByActive(false, PageRequest.of(0, 2, Sort.by("age")));
		assertThat(firstnames(first.getContent())).containsExactly("Anne", "Alan");
		assertThat(first.hasNext()).isTrue();
		Slice<Person> second = repository.readByActive(false, first.nextPageable());
		assertThat(firstnames(second.getContent())).containsExactly("Adele");
		assertThat(second.hasNext()).isFalse();
	}

	@Test
	void listWithPageableParameter() {
		assertThat(firstnames(repository.findByActiveFalse(PageRequest.of(1, 2, Sort.by("age")))))
			.containsExactly("Adele");
	}

	@Test
	void findAllWithPageable() {
		Page<Person> second = repository.findAll(PageRequest.of(1, 4, Sort.by("age").descending()));
		assertThat(firstnames(second.getContent())).containsExactly("Ada", "Anne");
		assertThat(second.getTotalElements()).isEqualTo(6);
		assertThat(second.getTotalPages()).isEqualTo(2);
	}

	@Test
	void interfaceProjection() {
		List<NameOnly> names = repository.findNamesByLastname("Hopper");
		assertThat(names).singleElement().satisfies((name) -> {
			assertThat(name.getFirstname()).isEqualTo("Grace");
			assertThat(name.getLastname()).isEqualTo("Hopper");
		});
	}

	@Test
	void dtoProjection() {
		assertThat(repository.findRecordsByLastname("Hopper")).containsExactly(new NameRecord("Grace", "Hopper"));
	}

	@Test
	void dynamicProjection() {
		assertThat(repository.findByFirstname("Alan", NameRecord.class))
			.containsExactly(new NameRecord("Alan", "Turing"));
		assertThat(repository.findByFirstname("Alan", Person.class)).extracting(Person::getAge).containsExactly(41);
	}

	@Test
	void distinctProjection() {
		List<LastnameOnly> lastnames = repository.findDistinctByTagsContaining("poetry");
		assertThat(lastnames).extracting(LastnameOnly::getLastname).containsExactly("Lovelace");
	}

	@Test
	void crudMethods() {
		Person grace = repository.findByEmail("grace@example.com");
		assertThat(repository.findById(grace.getId())).isPresent();
		assertThat(repository.existsById(grace.getId())).isTrue();
		assertThat(repository.findAllById(List.of(grace.getId(), "missing"))).hasSize(1);
		grace.setAge(86);
		repository.save(grace);
		assertThat(repository.findById(grace.getId())).map(Person::getAge).contains(86);
		repository.deleteById(grace.getId());
		assertThat(repository.findById(grace.getId())).isEmpty();
		assertThat(repository.count()).isEqualTo(5);
	}

	@Test
	void deleteAllByIdDeletesInOneQuery() {
		Person ada = repository.findByEmail("ada@example.com");
		Person alan = repository.findByEmail("alan@example.com");
		repository.deleteAllById(List.of(ada.getId(), alan.getId(), "missing"));
		assertThat(firstnames(repository.findAll())).containsExactlyInAnyOrder("Grace", "Katherine", "Adele", "Anne");
	}

	@Test
	void saveWithAGivenIdInsertsThenReplaces() {
		Person hedy = new Person("Hedy", "Lamarr", 40);
		hedy.setId("hedy");
		repository.save(hedy);
		hedy.setNickname("Inventor");
		repository.save(hedy);
		assertThat(repository.findById("hedy")).map(Person::getNickname).contains("Inventor");
		assertThat(repository.count()).isEqualTo(7);
	}

}
