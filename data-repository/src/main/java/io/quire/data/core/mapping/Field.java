package io.quire.data.core.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;

/**
 * Gives a property a different field name in the stored document.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.ANNOTATION_TYPE })
public @interface Field {

	/** Alias of {@link #name()}. */
	@AliasFor("name")
	String value() default "";

	/** The field name in the document; the property name when empty. */
	@AliasFor("value")
	String name() default "";

}
