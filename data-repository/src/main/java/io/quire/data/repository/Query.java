package io.quire.data.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.data.annotation.QueryAnnotation;

/**
 * Declares the filter of a repository query as raw ReQL in its JSON wire form, with
 * {@code ?0}, {@code ?1}, ... standing for the method's arguments.
 *
 * <p>
 * The value is either a JSON object, matched against each document as ReQL's
 * {@code filter(object)} does (nested objects match partially): <pre class="code">
 * &#64;Query("{\"lastname\": ?0, \"address\": {\"city\": ?1}}")
 * List&lt;Person&gt; findByName(String lastname, String city);
 * </pre> or a ReQL term as JSON, {@code [termType, [arguments], {optional arguments}]},
 * that uses the row as {@code r.row} ({@code [13]}) or is a one-parameter function
 * ({@code 69}): <pre class="code">
 * // r.row("age").gt(?0)
 * &#64;Query("[21, [[170, [[13], \"age\"]], ?0]]")
 * List&lt;Person&gt; findOlderThan(int age);
 * </pre> Inside a term, a JSON array is itself a term: write a literal array as
 * {@code [2, [...]]} (MAKE_ARRAY). Arguments are converted as entity properties are
 * (enums to names, times to TIME values, lists to arrays). {@code Sort}, {@code Pageable}
 * and {@code Limit} parameters apply as in derived queries.
 */
@Documented
@QueryAnnotation
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
public @interface Query {

	/** The filter, as a JSON object or a JSON ReQL term, with {@code ?n} placeholders. */
	String value();

	/** Whether the query returns the number of matching documents. */
	boolean count() default false;

	/** Whether the query returns whether any document matches. */
	boolean exists() default false;

	/** Whether the query deletes the matching documents. */
	boolean delete() default false;

}
