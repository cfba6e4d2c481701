package io.quire.data.core.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.convert.QuireConverter;
import io.quire.data.core.mapping.QuirePersistentEntity;
import io.quire.data.core.query.Criteria.Condition;
import io.quire.driver.query.ReqlExpr;
import io.quire.driver.query.ReqlFunction1;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import static io.quire.driver.Quire.r;

/**
 * Renders {@link Criteria} as a ReQL predicate on a document. Negated tests match
 * documents that lack the field; string tests do not match values of other types.
 */
final class CriteriaRenderer {

	private final PropertyPathMapper paths;

	private final QuireConverter converter;

	CriteriaRenderer(PropertyPathMapper paths, QuireConverter converter) {
		this.paths = paths;
		this.converter = converter;
	}

	ReqlExpr render(Criteria criteria, QuirePersistentEntity<?> entity, ReqlExpr row) {
		if (criteria instanceof Criteria.And and) {
			return r.and(renderAll(and.parts(), entity, row));
		}
		if (criteria instanceof Criteria.Or or) {
			return r.or(renderAll(or.parts(), entity, row));
		}
		if (criteria instanceof Criteria.Reql) {
			throw new InvalidDataAccessApiUsageException("A raw ReQL predicate cannot be nested in other criteria");
		}
		Condition condition = (Condition) criteria;
		FieldPath path = this.paths.map(condition.propertyPath(), entity);
		if (condition.operator() == Operator.NOT_EXISTS) {
			Condition exists = new Condition(condition.propertyPath(), Operator.EXISTS, List.of(), false);
			return negate(render(exists, path, row));
		}
		return render(condition, path, row);
	}

	private Object[] renderAll(List<Criteria> parts, QuirePersistentEntity<?> entity, ReqlExpr row) {
		return parts.stream().map((part) -> render(part, entity, row)).toArray();
	}

	private ReqlExpr render(Condition condition, FieldPath path, ReqlExpr row) {
		if (path.arrayHops().isEmpty()) {
			return test(condition, path, row);
		}
		int hop = path.arrayHops().get(0);
		FieldPath rest = path.tail(hop);
		ReqlFunction1 anyElement = (element) -> render(condition, rest, element);
		return field(row, path.head(hop)).contains(anyElement);
	}

	private ReqlExpr test(Condition condition, FieldPath path, ReqlExpr row) {
		ReqlExpr field = field(row, path.fields());
		if (path.collection() && isElementTest(condition)) {
			return elementTest(condition, field);
		}
		return switch (condition.operator()) {
			case NOT_EQUALS, NOT_LIKE, NOT_CONTAINS, NOT_IN -> negate(positive(condition, field));
			case IS_NULL -> field.default_(null).eq((Object) null);
			case IS_NOT_NULL -> field.default_(null).ne((Object) null);
			case EXISTS -> exists(row, path.fields());
			case NEAR, WITHIN ->
				path.collection() ? field.contains((ReqlFunction1) (element) -> GeoCriteria.test(condition, element))
						: GeoCriteria.test(condition, field);
			default -> positive(condition, field);
		};
	}

	private ReqlExpr positive(Condition condition, ReqlExpr field) {
		boolean ignoreCase = condition.ignoreCase();
		return switch (condition.operator()) {
			case EQUALS, NOT_EQUALS -> equalTo(field, condition.value(), ignoreCase);
			case LESS_THAN -> field.lt(value(condition, 0));
			case LESS_THAN_OR_EQUAL -> field.le(value(condition, 0));
			case GREATER_THAN -> field.gt(value(condition, 0));
			case GREATER_THAN_OR_EQUAL -> field.ge(value(condition, 0));
			case BETWEEN -> field.ge(value(condition, 0)).and(field.le(value(condition, 1)));
			case LIKE, NOT_LIKE -> matches(field, RegexPatterns.like(text(condition)), ignoreCase);
			case STARTS_WITH -> matches(field, "^" + RegexPatterns.quote(text(condition)), ignoreCase);
			case ENDS_WITH -> matches(field, RegexPatterns.quote(text(condition)) + "$", ignoreCase);
			case CONTAINS, NOT_CONTAINS -> contains(field, condition.value(), ignoreCase);
			case IN, NOT_IN -> in(field, values(condition), ignoreCase);
			case IS_TRUE -> field.eq(true);
			case IS_FALSE -> field.eq(false);
			case MATCHES -> matches(field, text(condition), ignoreCase);
			case IS_EMPTY -> isEmpty(field);
			case IS_NOT_EMPTY -> isEmpty(field).not();
			case NEAR, WITHIN -> GeoCriteria.test(condition, field);
			case IS_NULL, IS_NOT_NULL, EXISTS, NOT_EXISTS ->
				throw new IllegalStateException(condition.operator() + " is no test");
		};
	}

	/**
	 * Equality with one element, or {@code In}, on a collection: some element is equal to
	 * the value, or to one of the values; the negations hold where no element is.
	 */
	private ReqlExpr elementTest(Condition condition, ReqlExpr field) {
		Operator positive = switch (condition.operator()) {
			case EQUALS, NOT_EQUALS -> Operator.EQUALS;
			default -> Operator.IN;
		};
		Condition onElement = new Condition(condition.propertyPath(), positive, condition.values(),
				condition.ignoreCase());
		ReqlExpr anyElement = r.branch(isType(field, "ARRAY"),
				field.contains((ReqlFunction1) (element) -> positive(onElement, element)), false);
		return (positive == condition.operator()) ? anyElement : negate(anyElement);
	}

	private static boolean isElementTest(Condition condition) {
		return switch (condition.operator()) {
			case EQUALS, NOT_EQUALS -> isElement(condition.value());
			case IN, NOT_IN -> condition.value() instanceof Collection<?> values
					&& values.stream().allMatch(CriteriaRenderer::isElement);
			default -> false;
		};
	}

	private static boolean isElement(@Nullable Object value) {
		return value != null && !(value instanceof Collection<?>) && !value.getClass().isArray();
	}

	private ReqlExpr equalTo(ReqlExpr field, @Nullable Object value, boolean ignoreCase) {
		if (value == null) {
			return field.default_(null).eq((Object) null);
		}
		if (ignoreCase && value instanceof String text) {
			return ifString(field, field.downcase().eq(text.toLowerCase(Locale.ROOT)));
		}
		return field.eq(this.converter.toQuireValue(value));
	}

	private ReqlExpr in(ReqlExpr field, Collection<?> values, boolean ignoreCase) {
		List<@Nullable Object> converted = new ArrayList<>(values.size());
		for (Object value : values) {
			Object stored = this.converter.toQuireValue(value);
			converted.add((ignoreCase && stored instanceof String text) ? text.toLowerCase(Locale.ROOT) : stored);
		}
		if (ignoreCase) {
			return ifString(field, r.expr(converted).contains(field.downcase()));
		}
		return r.expr(converted).contains(field);
	}

	private ReqlExpr contains(ReqlExpr field, @Nullable Object value, boolean ignoreCase) {
		Object stored = this.converter.toQuireValue(value);
		ReqlExpr element = (ignoreCase && stored instanceof String text)
				? field.contains(
						(ReqlFunction1) (item) -> ifString(item, item.downcase().eq(text.toLowerCase(Locale.ROOT))))
				: field.contains(stored);
		if (!(stored instanceof String text)) {
			return r.branch(isType(field, "ARRAY"), element, false);
		}
		ReqlExpr substring = field.match(RegexPatterns.caseInsensitive(RegexPatterns.quote(text), ignoreCase));
		return r.branch(isType(field, "ARRAY"), element, isType(field, "STRING"), substring, false);
	}

	private static ReqlExpr matches(ReqlExpr field, String regex, boolean ignoreCase) {
		return ifString(field, field.match(RegexPatterns.caseInsensitive(regex, ignoreCase)).ne((Object) null));
	}

	private static ReqlExpr isEmpty(ReqlExpr field) {
		return r.branch(isType(field, "ARRAY"), field.isEmpty(), isType(field, "STRING"), field.eq(""),
				isType(field, "OBJECT"), field.keys().isEmpty(), false);
	}

	private static ReqlExpr exists(ReqlExpr row, List<String> fields) {
		ReqlExpr parent = field(row, fields.subList(0, fields.size() - 1));
		return parent.hasFields(fields.get(fields.size() - 1));
	}

	/** The test, false for values that are not strings. */
	private static ReqlExpr ifString(ReqlExpr field, ReqlExpr test) {
		return r.branch(isType(field, "STRING"), test, false);
	}

	private static ReqlExpr isType(ReqlExpr field, String type) {
		return field.typeOf().eq(type);
	}

	/** True where the test is false or the field is missing. */
	private static ReqlExpr negate(ReqlExpr test) {
		return test.default_(false).not();
	}

	static ReqlExpr field(ReqlExpr row, List<String> fields) {
		ReqlExpr field = row;
		for (String name : fields) {
			field = field.bracket(name);
		}
		return field;
	}

	private @Nullable Object value(Condition condition, int index) {
		return this.converter.toQuireValue(condition.values().get(index));
	}

	private static String text(Condition condition) {
		Object value = condition.value();
		if (value == null) {
			throw new InvalidDataAccessApiUsageException(
					condition.operator() + " on '" + condition.propertyPath() + "' needs a text value, not null");
		}
		return value.toString();
	}

	private static Collection<?> values(Condition condition) {
		Object value = condition.value();
		if (value instanceof Collection<?> collection) {
			return collection;
		}
		throw new InvalidDataAccessApiUsageException(condition.operator() + " on '" + condition.propertyPath()
				+ "' needs a collection of values, not " + value);
	}

}
