package io.quire.data.core.listener;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.aot.hint.annotation.Reflective;

/**
 * Marks a method of a Spring bean that receives the changes of an entity type. The method
 * takes one parameter: a {@link io.quire.data.core.ChangeEvent} of the entity, or the
 * entity itself (the new one, or the removed one for a removal). Each annotated method
 * gets its own changefeed and thread from the context's start until its stop; see
 * {@link EnableQuireChangeListeners}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Reflective
@Documented
public @interface QuireChangeListener {

	/** The entity type whose changes the method receives. */
	Class<?> entity();

}
