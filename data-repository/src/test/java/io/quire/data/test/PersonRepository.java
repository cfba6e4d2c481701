package io.quire.data.test;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.quire.data.repository.Query;
import io.quire.data.repository.QuireRepository;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Range;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

public interface PersonRepository extends QuireRepository<Person, String> {

	// ---- keywords ----

	List<Person> findByLastname(String lastname);

	List<Person> findByLastnameNot(String lastname);

	List<Person> findByAgeLessThan(int age);

	List<Person> findByAgeLessThanEqual(int age);

	List<Person> findByAgeGreaterThan(int age);

	List<Person> findByAgeGreaterThanEqual(int age);

	List<Person> findByBirthdayBefore(LocalDate date);

	List<Person> findByBirthdayAfter(LocalDate date);

	List<Person> findByAgeBetween(int from, int to);

	List<Person> findByAgeBetween(Range<Integer> ages);

	List<Person> findByNicknameIsNull();

	List<Person> findByNicknameIsNotNull();

	List<Person> findByFirstnameLike(String pattern);

	List<Person> findByFirstnameNotLike(String pattern);

	List<Person> findByFirstnameStartingWith(String prefix);

	List<Person> findByFirstnameEndingWith(String suffix);

	List<Person> findByFirstnameContaining(String part);

	List<Person> findByFirstnameNotContaining(String part);

	List<Person> findByTagsContaining(String tag);

	List<Person> findByTagsNotContaining(String tag);

	List<Person> findByTags(String tag);

	List<Person> findByTagsIn(Collection<String> tags);

	List<Person> findByTagsNotIn(Collection<String> tags);

	List<Person> findByTagsContainingAndAgeGreaterThan(String tag, int age);

	long countByTagsIn(Collection<String> tags);

	long deleteByTagsIn(Collection<String> tags);

	List<Person> findByAgeIn(Collection<Integer> ages);

	List<Person> findByAgeNotIn(Collection<Integer> ages);

	List<Person> findByActiveTrue();

	List<Person> findByActiveFalse();

	List<Person> findByFirstnameRegex(String regex);

	List<Person> findByFirstnameMatches(Pattern pattern);

	List<Person> findByNicknameExists();

	List<Person> findByNicknameExists(boolean exists);

	List<Person> findByEmailExists(boolean exists);

	List<Person> findByNicknameExistsAndLastname(boolean exists, String lastname);

	List<Person> findByLastnameOrNicknameExists(String lastname, boolean exists);

	List<Person> findByNicknameExistsAndAgeGreaterThanOrNicknameExists(Boolean first, int age, boolean second);

	long countByNicknameExists(boolean exists);

	boolean existsByNicknameExists(boolean exists);

	long deleteByNicknameExists(boolean exists);

	List<Person> findByTagsIsEmpty();

	List<Person> findByTagsIsNotEmpty();

	List<Person> findByLastnameIgnoreCase(String lastname);

	List<Person> findByFirstnameStartingWithAndLastnameAllIgnoreCase(String prefix, String lastname);

	List<Person> findByAddressCity(String city);

	List<Person> findByAddressCityAndAgeGreaterThan(String city, int age);

	List<Person> findByPreviousAddressesCity(String city);

	List<Person> findByLastnameOrAge(String lastname, int age);

	List<Person> findByStatus(Person.Status status);

	List<Person> findByActiveTrueOrderByAgeDesc();

	List<Person> findFirst2ByOrderByAgeAsc();

	Person findTopByOrderByAgeDesc();

	long countByLastname(String lastname);

	boolean existsByEmail(String email);

	long deleteByLastname(String lastname);

	List<Person> removeByAge(int age);

	List<Person> findByEmailBetween(String from, String to);

	List<Person> findByEmailIn(List<String> emails);

	// ---- parameters ----

	List<Person> findByActiveTrue(Sort sort);

	List<Person> findByLastname(String lastname, Limit limit);

	Page<Person> findByActive(boolean active, Pageable pageable);

	Slice<Person> readByActive(boolean active, Pageable pageable);

	List<Person> findByActiveFalse(Pageable pageable);

	// ---- return types ----

	Person findByEmail(String email);

	Optional<Person> findOneByEmail(String email);

	Person findByAge(int age);

	Person findOneByLastname(String lastname);

	Stream<Person> streamByLastname(String lastname);

	List<NameOnly> findNamesByLastname(String lastname);

	List<NameRecord> findRecordsByLastname(String lastname);

	<T> List<T> findByFirstname(String firstname, Class<T> type);

	List<LastnameOnly> findDistinctByTagsContaining(String tag);

	// ---- declared queries ----

	@Query("{\"lastname\": ?0}")
	List<Person> findWithObjectFilter(String lastname);

	@Query("{\"home\": {\"city\": ?0}}")
	List<Person> findWithNestedObjectFilter(String city);

	@Query("[21, [[170, [[13], \"age\"]], ?0]]")
	List<Person> findOlderThan(int age, Sort sort);

	@Query("[69, [[2, [1]], [67, [[17, [[170, [[10, [1]], \"lastname\"]], ?0]], [20, [[170, [[10, [1]], \"age\"]], ?1]]]]]]")
	Page<Person> findWithFunction(String lastname, int maxAge, Pageable pageable);

	@Query("[93, [?0, [170, [[13], \"status\"]]]]")
	List<Person> findWithStatusIn(Collection<Person.Status> statuses);

	@Query(value = "{\"active\": true}", count = true)
	long countActive();

	@Query(value = "{\"email\": ?0}", exists = true)
	boolean emailTaken(String email);

	@Query(value = "{\"lastname\": ?0}", delete = true)
	long deleteWithObjectFilter(String lastname);

	List<Person> findByNamedQuery(String lastname);

	@Query("{\"lastname\": ?#{[0]}}")
	List<Person> findWithIndexExpression(String lastname);

	@Query("{\"lastname\": :#{#lastname}}")
	List<Person> findWithNamedExpression(String lastname);

	@Query("[21, [[170, [[13], \"age\"]], ?#{[0] * 2}]]")
	List<Person> findOlderThanTwice(int age);

	@Query("[21, [[170, [[13], \"age\"]], ?#{seniorAge}]]")
	List<Person> findSeniors();

	@Query("{\"lastname\": :#{@favourites.lastname()}}")
	List<Person> findFavourites();

	interface NameOnly {

		String getFirstname();

		String getLastname();

	}

	interface LastnameOnly {

		String getLastname();

	}

	record NameRecord(String firstname, String lastname) {
	}

}
