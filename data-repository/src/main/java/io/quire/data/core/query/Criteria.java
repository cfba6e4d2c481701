package io.quire.data.core.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A filter on documents, in terms of entity property paths ({@code "address.city"}). The
 * template maps property paths to document fields, converts the values and renders the
 * result as ReQL.
 *
 * <pre class="code">
 * Criteria adults = Criteria.where("age").greaterThanEqual(18).and(Criteria.where("city").is("Paris"));
 * </pre>
 */
public sealed interface Criteria permits Criteria.Condition, Criteria.And, Criteria.Or, Criteria.Reql {

	/** Starts a condition on the given property path. */
	static Where where(String propertyPath) {
		return new Where(propertyPath);
	}

	/**
	 * A raw ReQL predicate, as {@code filter} takes it: an object to match, a function,
	 * or a term using {@code r.row}. It cannot be combined with other criteria.
	 */
	static Reql reql(Object predicate) {
		return new Reql(predicate);
	}

	/** Both this and the other criteria. */
	default Criteria and(Criteria other) {
		return new And(List.of(this, other));
	}

	/** This or the other criteria. */
	default Criteria or(Criteria other) {
		return new Or(List.of(this, other));
	}

	/**
	 * A test on one property.
	 *
	 * @param propertyPath the dot-separated property path
	 * @param operator what to test for
	 * @param values the operator's values, as many as its {@link Operator#arity() arity}
	 * @param ignoreCase whether strings compare without regard to case
	 */
	record Condition(String propertyPath, Operator operator, List<@Nullable Object> values,
			boolean ignoreCase) implements Criteria {

		public Condition {
			Assert.hasText(propertyPath, "propertyPath must not be empty");
			Assert.notNull(operator, "operator must not be null");
			int count = values.size();
			Assert.isTrue(count == operator.arity(),
					() -> operator + " takes " + operator.arity() + " value(s), got " + count);
			values = Collections.unmodifiableList(new ArrayList<>(values));
		}

		/** The first value. */
		public @Nullable Object value() {
			return this.values.get(0);
		}

		/** The same condition, comparing strings without regard to case. */
		public Condition ignoringCase() {
			return new Condition(this.propertyPath, this.operator, this.values, true);
		}

	}

	/** All of the parts; nested conjunctions are flattened into this one. */
	record And(List<Criteria> parts) implements Criteria {

		public And {
			Assert.notEmpty(parts, "parts must not be empty");
			List<Criteria> flat = new ArrayList<>(parts.size());
			parts.forEach((part) -> flat.addAll((part instanceof And and) ? and.parts() : List.of(part)));
			parts = List.copyOf(flat);
		}

		@Override
		public Criteria and(Criteria other) {
			List<Criteria> all = new ArrayList<>(this.parts);
			all.add(other);
			return new And(all);
		}

	}

	/** Any of the parts. */
	record Or(List<Criteria> parts) implements Criteria {

		public Or {
			Assert.notEmpty(parts, "parts must not be empty");
			parts = List.copyOf(parts);
		}

		@Override
		public Criteria or(Criteria other) {
			List<Criteria> all = new ArrayList<>(this.parts);
			all.add(other);
			return new Or(all);
		}

	}

	/**
	 * A raw ReQL predicate.
	 *
	 * @param predicate an object to match, a function term or a term using {@code r.row}
	 */
	record Reql(Object predicate) implements Criteria {

		public Reql {
			Assert.notNull(predicate, "predicate must not be null");
		}

		@Override
		public Criteria and(Criteria other) {
			throw new UnsupportedOperationException("A raw ReQL predicate cannot be combined with other criteria");
		}

		@Override
		public Criteria or(Criteria other) {
			throw new UnsupportedOperationException("A raw ReQL predicate cannot be combined with other criteria");
		}

	}

	/** Builds a {@link Condition} on one property path. */
	final class Where {

		private final String propertyPath;

		Where(String propertyPath) {
			Assert.hasText(propertyPath, "propertyPath must not be empty");
			this.propertyPath = propertyPath;
		}

		public Condition is(@Nullable Object value) {
			return condition(Operator.EQUALS, value);
		}

		public Condition ne(@Nullable Object value) {
			return condition(Operator.NOT_EQUALS, value);
		}

		public Condition lessThan(Object value) {
			return condition(Operator.LESS_THAN, value);
		}

		public Condition lessThanEqual(Object value) {
			return condition(Operator.LESS_THAN_OR_EQUAL, value);
		}

		public Condition greaterThan(Object value) {
			return condition(Operator.GREATER_THAN, value);
		}

		public Condition greaterThanEqual(Object value) {
			return condition(Operator.GREATER_THAN_OR_EQUAL, value);
		}

		public Condition between(Object from, Object to) {
			return condition(Operator.BETWEEN, from, to);
		}

		public Condition isNull() {
			return condition(Operator.IS_NULL);
		}

		public Condition isNotNull() {
			return condition(Operator.IS_NOT_NULL);
		}

		public Condition like(String pattern) {
			return condition(Operator.LIKE, pattern);
		}

		public Condition notLike(String pattern) {
			return condition(Operator.NOT_LIKE, pattern);
		}

		public Condition startsWith(String prefix) {
			return condition(Operator.STARTS_WITH, prefix);
		}

		public Condition endsWith(String suffix) {
			return condition(Operator.ENDS_WITH, suffix);
		}

		public Condition contains(Object value) {
			return condition(Operator.CONTAINS, value);
		}

		public Condition notContains(Object value) {
			return condition(Operator.NOT_CONTAINS, value);
		}

		public Condition in(Iterable<?> values) {
			return condition(Operator.IN, values);
		}

		public Condition in(Object... values) {
			return condition(Operator.IN, Arrays.asList(values));
		}

		public Condition notIn(Iterable<?> values) {
			return condition(Operator.NOT_IN, values);
		}

		public Condition isTrue() {
			return condition(Operator.IS_TRUE);
		}

		public Condition isFalse() {
			return condition(Operator.IS_FALSE);
		}

		public Condition matches(String regex) {
			return condition(Operator.MATCHES, regex);
		}

		public Condition exists() {
			return condition(Operator.EXISTS);
		}

		/** Present if {@code exists} is true, absent otherwise. */
		public Condition exists(boolean exists) {
			return condition(exists ? Operator.EXISTS : Operator.NOT_EXISTS);
		}

		public Condition isEmpty() {
			return condition(Operator.IS_EMPTY);
		}

		public Condition isNotEmpty() {
			return condition(Operator.IS_NOT_EMPTY);
		}

		private Condition condition(Operator operator, @Nullable Object... values) {
			return new Condition(this.propertyPath, operator, Arrays.asList(values), false);
		}

	}

}
