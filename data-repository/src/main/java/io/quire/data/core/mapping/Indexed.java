package io.quire.data.core.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a secondary index on a property.
 *
 * <p>
 * Derived queries that test the property for equality read through the index instead of
 * scanning the table. The index is created when the table is first used, if automatic
 * index creation is enabled on the {@link QuireMappingContext}.
 *
 * <p>
 * On a collection or array property ({@code @Indexed List<String> tags}, also inside
 * nested objects) the index is a multi index: every element is a key of the document, so
 * {@code findByTagsContaining(tag)}, {@code findByTags(tag)} and
 * {@code findByTagsIn(tags)} read through it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.ANNOTATION_TYPE })
public @interface Indexed {

	/**
	 * The index name. Defaults to the field name for a top-level property and to the
	 * field path joined with underscores for a property of a nested object.
	 */
	String name() default "";

}
