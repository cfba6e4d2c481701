package io.quire.spring.boot.autoconfigure.data;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.data.RepositoryType;
import org.springframework.context.annotation.Conditional;

/**
 * Matches when {@code quire.data.repositories.type} allows the given kind of
 * repositories: when it is that kind, or {@code auto} (the default).
 * <p>
 * Boot's own {@code @ConditionalOnRepositoryType} reads {@code spring.data.<store>.*}, a
 * namespace a third-party store should not use, hence this condition.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@Conditional(OnQuireRepositoryTypeCondition.class)
public @interface ConditionalOnQuireRepositoryType {

	/**
	 * The kind of repositories the annotated component creates.
	 * @return the required repository type
	 */
	RepositoryType type();

}
