package io.quire.data.core.query;

/**
 * What a {@link Criteria.Condition} tests a property for, and how many values it takes.
 */
public enum Operator {

	/**
	 * Equal to the value; a {@code null} value tests for null or missing. On a collection
	 * property, a single (non-collection) value is compared with each element.
	 */
	EQUALS(1),
	/** Not equal to the value; missing fields count as not equal. */
	NOT_EQUALS(1), LESS_THAN(1), LESS_THAN_OR_EQUAL(1), GREATER_THAN(1), GREATER_THAN_OR_EQUAL(1),
	/** Between two values, both included. */
	BETWEEN(2),
	/** Null or missing. */
	IS_NULL(0),
	/** Present and not null. */
	IS_NOT_NULL(0),
	/**
	 * A string matching a SQL-style pattern: {@code %} for any run of characters,
	 * {@code _} for one.
	 */
	LIKE(1), NOT_LIKE(1), STARTS_WITH(1), ENDS_WITH(1),
	/**
	 * A string holding the value as a substring, or a collection holding it as an
	 * element.
	 */
	CONTAINS(1), NOT_CONTAINS(1),
	/**
	 * Equal to one of the values of a collection. On a collection property, some element
	 * is equal to one of the values.
	 */
	IN(1), NOT_IN(1), IS_TRUE(0), IS_FALSE(0),
	/** A string matching a regular expression (RE2 syntax, as ReQL's {@code match}). */
	MATCHES(1),
	/**
	 * The field is present in the document (with a value other than null, as ReQL's
	 * {@code hasFields} sees it). Through an array of nested documents, some element has
	 * it.
	 */
	EXISTS(0),
	/**
	 * The field is absent from the document: exactly the documents {@link #EXISTS} does
	 * not match.
	 */
	NOT_EXISTS(0),
	/** An empty string, collection or object. */
	IS_EMPTY(0), IS_NOT_EMPTY(0),
	/**
	 * A geometry within a distance of a point, nearest first: the values are a Spring
	 * Data {@code Point} and a {@code Distance} ({@code null} for no bound).
	 */
	NEAR(2),
	/**
	 * A geometry inside a Spring Data {@code Circle}, {@code Box} or {@code Polygon} (its
	 * outline included).
	 */
	WITHIN(1);

	private final int arity;

	Operator(int arity) {
		this.arity = arity;
	}

	/** How many values the operator takes. */
	public int arity() {
		return this.arity;
	}

}
