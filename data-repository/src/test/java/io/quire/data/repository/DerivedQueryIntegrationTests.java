package io.quire.data.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quire.data.test.Person;
import io.quire.data.test.PersonRepository;
import io.quire.data.test.PersonRepositoryTestSupport;

import org.springframework.data.domain.Range;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per keyword of derived queries, on six people in the embedded engine.
 */
class DerivedQueryIntegrationTests extends PersonRepositoryTestSupport {

	@Test
	void equality() {
		assertThat(firstnames(repository.findByLastname("Lovelace"))).containsExactlyInAnyOrder("Ada", "Anne");
	}

	@Test
	void not() {
		assertThat(firstnames(repository.findByLastnameNot("Lovelace"))).containsExactlyInAnyOrder("Grace", "Alan",
				"Katherine", "Adele");
	}

	@Test
	void lessThanAndLessThanEqual() {
		assertThat(firstnames(repository.findByAgeLessThan(41))).containsExactlyInAnyOrder("Ada", "Anne");
		assertThat(firstnames(repository.findByAgeLessThanEqual(41))).containsExactlyInAnyOrder("Ada", "Anne", "Alan");
	}

	@Test
	void greaterThanAndGreaterThanEqual() {
		assertThat(firstnames(repository.findByAgeGreaterThan(85))).containsExactly("Katherine");
		assertThat(firstnames(repository.findByAgeGreaterThanEqual(85))).containsExactlyInAnyOrder("Grace",
				"Katherine");
	}

	@Test
	void beforeAndAfterCompareTimes() {
		assertThat(firstnames(repository.findByBirthdayBefore(LocalDate.of(1910, 1, 1))))
			.containsExactlyInAnyOrder("Ada", "Grace");
		assertThat(firstnames(repository.findByBirthdayAfter(LocalDate.of(1915, 1, 1))))
			.containsExactlyInAnyOrder("Katherine", "Adele");
	}

	@Test
	void betweenIncludesBothEnds() {
		assertThat(firstnames(repository.findByAgeBetween(36, 41))).containsExactlyInAnyOrder("Ada", "Alan");
	}

	@Test
	void betweenWithARangeHonoursItsBounds() {
		assertThat(firstnames(repository.findByAgeBetween(Range.rightOpen(36, 41)))).containsExactly("Ada");
		assertThat(firstnames(repository.findByAgeBetween(Range.leftOpen(36, 41)))).containsExactly("Alan");
		assertThat(firstnames(
				repository.findByAgeBetween(Range.from(Range.Bound.exclusive(85)).to(Range.Bound.unbounded()))))
			.containsExactly("Katherine");
	}

	@Test
	void isNullMatchesMissingFieldsAndIsNotNullPresentOnes() {
		assertThat(firstnames(repository.findByNicknameIsNull())).containsExactlyInAnyOrder("Grace", "Katherine",
				"Adele", "Anne");
		assertThat(firstnames(repository.findByNicknameIsNotNull())).containsExactlyInAnyOrder("Ada", "Alan");
	}

	@Test
	void likeAndNotLikeUseSqlWildcards() {
		assertThat(firstnames(repository.findByFirstnameLike("A%e"))).containsExactlyInAnyOrder("Adele", "Anne");
		assertThat(firstnames(repository.findByFirstnameLike("A_a"))).containsExactly("Ada");
		assertThat(firstnames(repository.findByFirstnameNotLike("A%e"))).containsExactlyInAnyOrder("Ada", "Grace",
				"Alan", "Katherine");
	}

	@Test
	void startingWithAndEndingWith() {
		assertThat(firstnames(repository.findByFirstnameStartingWith("Ad"))).containsExactlyInAnyOrder("Ada", "Adele");
		assertThat(firstnames(repository.findByFirstnameEndingWith("ne"))).containsExactlyInAnyOrder("Katherine",
				"Anne");
	}

	@Test
	void startingWithTreatsRegexCharactersLiterally() {
		assertThat(repository.findByFirstnameStartingWith("A.")).isEmpty();
	}

	@Test
	void containingOnStrings() {
		assertThat(firstnames(repository.findByFirstnameContaining("ra"))).containsExactly("Grace");
		assertThat(firstnames(repository.findByFirstnameNotContaining("a"))).containsExactlyInAnyOrder("Adele", "Anne");
	}

	@Test
	void containingOnCollections() {
		assertThat(firstnames(repository.findByTagsContaining("math"))).containsExactlyInAnyOrder("Ada", "Katherine");
		assertThat(firstnames(repository.findByTagsNotContaining("math"))).containsExactlyInAnyOrder("Grace", "Alan",
				"Adele", "Anne");
	}

	@Test
	void inAndNotIn() {
		assertThat(firstnames(repository.findByAgeIn(List.of(36, 85, 99)))).containsExactlyInAnyOrder("Ada", "Grace");
		assertThat(firstnames(repository.findByAgeNotIn(List.of(36, 85, 99)))).containsExactlyInAnyOrder("Alan",
				"Katherine", "Adele", "Anne");
	}

	@Test
	void trueAndFalse() {
		assertThat(firstnames(repository.findByActiveTrue())).containsExactlyInAnyOrder("Ada", "Grace", "Katherine");
		assertThat(firstnames(repository.findByActiveFalse())).containsExactlyInAnyOrder("Alan", "Adele", "Anne");
	}

	@Test
	void regexWithStringOrPattern() {
		assertThat(firstnames(repository.findByFirstnameRegex("^A.a"))).containsExactlyInAnyOrder("Ada", "Alan");
		assertThat(firstnames(repository.findByFirstnameMatches(Pattern.compile("e$"))))
			.containsExactlyInAnyOrder("Grace", "Katherine", "Adele", "Anne");
	}

	@Test
	void exists() {
		assertThat(firstnames(repository.findByNicknameExists())).containsExactlyInAnyOrder("Ada", "Alan");
	}

	@Test
	void isEmptyAndIsNotEmpty() {
		assertThat(firstnames(repository.findByTagsIsEmpty())).containsExactly("Alan");
		assertThat(repository.findByTagsIsNotEmpty()).hasSize(5);
	}

	@Test
	void ignoreCaseAndAllIgnoreCase() {
		assertThat(firstnames(repository.findByLastnameIgnoreCase("lovelace"))).containsExactlyInAnyOrder("Ada",
				"Anne");
		assertThat(firstnames(repository.findByFirstnameStartingWithAndLastnameAllIgnoreCase("ad", "LOVELACE")))
			.containsExactly("Ada");
	}

	@Test
	void nestedProperties() {
		assertThat(firstnames(repository.findByAddressCity("London"))).containsExactlyInAnyOrder("Ada", "Adele",
				"Anne");
		assertThat(firstnames(repository.findByAddressCityAndAgeGreaterThan("London", 35)))
			.containsExactlyInAnyOrder("Ada", "Adele");
	}

	@Test
	void nestedPropertyThroughACollectionMatchesAnyElement() {
		assertThat(firstnames(repository.findByPreviousAddressesCity("Lovelaceville"))).containsExactlyInAnyOrder("Ada",
				"Anne");
		assertThat(firstnames(repository.findByPreviousAddressesCity("Old London"))).containsExactlyInAnyOrder("Ada",
				"Adele", "Anne");
		assertThat(repository.findByPreviousAddressesCity("London")).isEmpty();
	}

	@Test
	void or() {
		assertThat(firstnames(repository.findByLastnameOrAge("Hopper", 41))).containsExactlyInAnyOrder("Grace", "Alan");
	}

	@Test
	void enumsCompareByName() {
		assertThat(firstnames(repository.findByStatus(Person.Status.ACTIVE))).containsExactlyInAnyOrder("Ada", "Grace",
				"Adele", "Anne");
	}

	@Test
	void orderBy() {
		assertThat(firstnames(repository.findByActiveTrueOrderByAgeDesc())).containsExactly("Katherine", "Grace",
				"Ada");
	}

	@Test
	void firstAndTop() {
		assertThat(firstnames(repository.findFirst2ByOrderByAgeAsc())).containsExactly("Anne", "Ada");
		assertThat(repository.findTopByOrderByAgeDesc().getFirstname()).isEqualTo("Katherine");
	}

	@Test
	void countAndExists() {
		assertThat(repository.countByLastname("Lovelace")).isEqualTo(2);
		assertThat(repository.countByLastname("Nobody")).isZero();
		assertThat(repository.existsByEmail("grace@example.com")).isTrue();
		assertThat(repository.existsByEmail("nobody@example.com")).isFalse();
	}

	@Test
	void deleteReturningCount() {
		assertThat(repository.deleteByLastname("Lovelace")).isEqualTo(2);
		assertThat(repository.count()).isEqualTo(4);
	}

	@Test
	void removeReturningEntities() {
		List<Person> removed = repository.removeByAge(41);
		assertThat(firstnames(removed)).containsExactly("Alan");
		assertThat(removed.get(0).getAddress().city()).isEqualTo("Wilmslow");
		assertThat(repository.findByAge(41)).isNull();
	}

	static List<String> firstnames(List<Person> people) {
		return people.stream().map(Person::getFirstname).toList();
	}

}
