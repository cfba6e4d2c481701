package io.quire.data.repository.query;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quire.data.core.query.Criteria;
import io.quire.data.core.query.Criteria.Condition;
import io.quire.data.core.query.Operator;
import io.quire.data.core.query.QuireQuery;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Range;
import org.springframework.data.domain.Sort;
import org.springframework.data.geo.Circle;
import org.springframework.data.geo.Distance;
import org.springframework.data.geo.Metrics;
import org.springframework.data.geo.Point;
import org.springframework.data.repository.query.DefaultParameters;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.ParametersSource;
import org.springframework.data.repository.query.parser.PartTree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class QuireQueryCreatorTests {

	@Test
	void simplePropertyBecomesEquals() {
		QuireQuery query = create("findByLastname", "Hopper");
		assertThat(query.getCriteria()).isEqualTo(condition("lastname", Operator.EQUALS, "Hopper"));
	}

	@Test
	void nullEqualityBecomesIsNull() {
		QuireQuery query = create("findByLastname", (Object) null);
		assertThat(query.getCriteria()).isEqualTo(new Condition("lastname", Operator.IS_NULL, List.of(), false));
	}

	@Test
	void andBindsTighterThanOr() {
		QuireQuery query = create("findByLastnameAndAgeGreaterThanOrActiveIsTrue", "Hopper", 30);
		Criteria expected = condition("lastname", Operator.EQUALS, "Hopper")
			.and(condition("age", Operator.GREATER_THAN, 30))
			.or(new Condition("active", Operator.IS_TRUE, List.of(), false));
		assertThat(query.getCriteria()).isEqualTo(expected);
	}

	@Test
	void nestedPropertiesUseDotPaths() {
		QuireQuery query = create("findByAddressCity", "Paris");
		assertThat(query.getCriteria()).isEqualTo(condition("address.city", Operator.EQUALS, "Paris"));
	}

	@Test
	void betweenTakesTwoValues() {
		QuireQuery query = create("findByAgeBetween", 20, 30);
		assertThat(query.getCriteria()).isEqualTo(new Condition("age", Operator.BETWEEN, List.of(20, 30), false));
	}

	@Test
	void inAcceptsArraysAndSingleValues() {
		assertThat(((Condition) create("findByLastnameIn", (Object) new String[] { "a", "b" }).getCriteria()).value())
			.isEqualTo(List.of("a", "b"));
	}

	@Test
	void allIgnoreCaseAppliesToStringPropertiesOnly() {
		QuireQuery query = create("findByLastnameAndAgeAllIgnoreCase", "hopper", 3);
		Criteria expected = condition("lastname", Operator.EQUALS, "hopper").ignoringCase()
			.and(condition("age", Operator.EQUALS, 3));
		assertThat(query.getCriteria()).isEqualTo(expected);
	}

	@Test
	void ignoreCaseOnNonStringPropertyIsRejected() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> create("findByAgeIgnoreCase", 3))
			.withMessageContaining("'age' must be a String");
	}

	@Test
	void subjectAndOrderByShapeTheQuery() {
		QuireQuery query = create("findDistinctTop3ByActiveFalseOrderByAgeDescLastnameAsc");
		assertThat(query.isDistinct()).isTrue();
		assertThat(query.getLimit()).isEqualTo(3);
		assertThat(query.getSort()).isEqualTo(Sort.by(Sort.Order.desc("age"), Sort.Order.asc("lastname")));
	}

	@Test
	void existsTakesABooleanArgumentInItsPlace() {
		QuireQuery query = create("findByLastnameExistsAndAge", false, 30);
		Criteria expected = new Condition("lastname", Operator.NOT_EXISTS, List.of(), false)
			.and(condition("age", Operator.EQUALS, 30));
		assertThat(query.getCriteria()).isEqualTo(expected);
	}

	@Test
	void existsFlagIsFoundAfterARangeArgument() {
		QuireQuery query = create("findByAgeBetweenAndLastnameExists", Range.closed(20, 30), true);
		assertThat(((Criteria.And) query.getCriteria()).parts())
			.endsWith(new Condition("lastname", Operator.EXISTS, List.of(), false));
	}

	@Test
	void existsWithoutABooleanInItsPlaceTakesNoArgument() {
		QuireQuery query = create("findByLastnameExistsAndActive", true);
		Criteria expected = new Condition("lastname", Operator.EXISTS, List.of(), false)
			.and(condition("active", Operator.EQUALS, true));
		assertThat(query.getCriteria()).isEqualTo(expected);
	}

	@Test
	void everyPartTypeButGeospatialHasAnOperator() {
		for (String method : List.of("findByAgeLessThanEqual", "findByAgeBefore", "findByAgeAfter",
				"findByLastnameLike", "findByLastnameNotLike", "findByLastnameStartingWith", "findByLastnameEndingWith",
				"findByTagsContaining", "findByTagsNotContaining", "findByLastnameNotIn", "findByLastnameRegex",
				"findByLastnameExists", "findByTagsIsEmpty", "findByTagsIsNotEmpty", "findByLastnameIsNotNull",
				"findByLastnameNot")) {
			PartTree tree = new PartTree(method, Person.class);
			tree.getParts().forEach((part) -> assertThat(QuireQueryCreator.operator(part)).isNotNull());
		}
	}

	@Test
	void geospatialPartsHaveGeoOperators() {
		PartTree tree = new PartTree("findByAgeNearAndLastnameWithin", Person.class);
		assertThat(tree.getParts().map(QuireQueryCreator::operator).toList()).containsExactly(Operator.NEAR,
				Operator.WITHIN);
	}

	@Test
	void nearTakesTheDistanceThatFollowsItsPoint() {
		Point point = new Point(1, 2);
		Distance distance = new Distance(3, Metrics.KILOMETERS);
		QuireQuery query = create("findByAgeNearAndLastname", point, distance, "Lovelace");
		Criteria expected = new Condition("age", Operator.NEAR, List.of(point, distance), false)
			.and(condition("lastname", Operator.EQUALS, "Lovelace"));
		assertThat(query.getCriteria()).isEqualTo(expected);
	}

	@Test
	void nearWithoutADistanceHasNoBound() {
		Point point = new Point(1, 2);
		QuireQuery query = create("findByAgeNear", point);
		assertThat(query.getCriteria())
			.isEqualTo(new Condition("age", Operator.NEAR, Arrays.asList(point, null), false));
	}

	@Test
	void withinTakesItsShape() {
		Circle circle = new Circle(new Point(1, 2), new Distance(3, Metrics.KILOMETERS));
		QuireQuery query = create("findByAgeWithin", circle);
		assertThat(query.getCriteria()).isEqualTo(condition("age", Operator.WITHIN, circle));
	}

	private static Condition condition(String path, Operator operator, Object value) {
		return new Condition(path, operator, Arrays.asList(value), false);
	}

	private static QuireQuery create(String methodName, Object... arguments) {
		Method method = Arrays.stream(Finder.class.getMethods())
			.filter((candidate) -> candidate.getName().equals(methodName))
			.findFirst()
			.orElseThrow();
		DefaultParameters parameters = new DefaultParameters(ParametersSource.of(method));
		ParametersParameterAccessor accessor = new ParametersParameterAccessor(parameters, arguments);
		return new QuireQueryCreator(new PartTree(methodName, Person.class), accessor, parameters).createQuery();
	}

	static class Person {

		String id;

		String lastname;

		int age;

		boolean active;

		Address address;

		List<String> tags;

	}

	static class Address {

		String city;

	}

	interface Finder {

		List<Person> findByLastname(String lastname);

		List<Person> findByLastnameAndAgeGreaterThanOrActiveIsTrue(String lastname, int age);

		List<Person> findByAddressCity(String city);

		List<Person> findByAgeBetween(int from, int to);

		List<Person> findByLastnameIn(Collection<String> names);

		List<Person> findByLastnameAndAgeAllIgnoreCase(String lastname, int age);

		List<Person> findByAgeIgnoreCase(int age);

		List<Person> findDistinctTop3ByActiveFalseOrderByAgeDescLastnameAsc();

		List<Person> findByLastnameExistsAndAge(boolean exists, int age);

		List<Person> findByAgeBetweenAndLastnameExists(Range<Integer> ages, Boolean exists);

		List<Person> findByLastnameExistsAndActive(boolean active);

		List<Person> findByAgeNearAndLastname(Point point, Distance distance, String lastname);

		List<Person> findByAgeNear(Point point);

		List<Person> findByAgeWithin(Circle circle);

	}

}
