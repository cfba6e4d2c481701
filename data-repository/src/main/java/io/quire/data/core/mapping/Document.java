package io.quire.data.core.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.data.annotation.Persistent;

/**
 * Marks a class as stored in a Quire table.
 *
 * <p>
 * The table defaults to the class name with a lower-case first letter; the database
 * defaults to the one the template was configured with.
 */
@Persistent
@Inherited
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Document {

	/** Alias of {@link #table()}. */
	@AliasFor("table")
	String value() default "";

	/**
	 * The table holding the documents; the class name with a lower-case first letter by
	 * default.
	 */
	@AliasFor("value")
	String table() default "";

	/** The database holding the table; the template's default database when empty. */
	String database() default "";

}
