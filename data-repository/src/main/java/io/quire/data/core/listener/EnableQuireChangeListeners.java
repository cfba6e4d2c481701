package io.quire.data.core.listener;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * Registers the {@link QuireChangeListenerProcessor}, which feeds the
 * {@link QuireChangeListener @QuireChangeListener} methods of the context's beans.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(QuireChangeListenerConfiguration.class)
public @interface EnableQuireChangeListeners {

}
