package io.quire.data.repository.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.quire.data.repository.support.ReactiveQuireRepositoryFactoryBean;

import org.springframework.beans.factory.support.BeanNameGenerator;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Import;
import org.springframework.data.repository.config.DefaultRepositoryBaseClass;
import org.springframework.data.repository.query.QueryLookupStrategy.Key;

/**
 * Turns interfaces that extend {@link io.quire.data.repository.ReactiveQuireRepository}
 * (or another reactive repository interface whose entities carry
 * {@link io.quire.data.core.mapping.Document}) into repository beans. Scans the package
 * of the annotated class unless told otherwise. The repositories run on the
 * {@link io.quire.data.core.ReactiveQuireOperations} bean named by
 * {@link #reactiveQuireTemplateRef()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(ReactiveQuireRepositoriesRegistrar.class)
public @interface EnableReactiveQuireRepositories {

	/** Alias of {@link #basePackages()}. */
	String[] value() default {};

	/** The packages to scan for repository interfaces. */
	String[] basePackages() default {};

	/**
	 * Classes whose packages are scanned, a type-safe alternative to
	 * {@link #basePackages()}.
	 */
	Class<?>[] basePackageClasses() default {};

	/** Which interfaces to consider. */
	Filter[] includeFilters() default {};

	/** Which interfaces to leave out. */
	Filter[] excludeFilters() default {};

	/** The suffix of custom implementation classes. */
	String repositoryImplementationPostfix() default "Impl";

	/**
	 * Where named queries (JSON ReQL filters, as in {@code @Query}, keyed by
	 * {@code Entity.method}) are read; {@code META-INF/quire-named-queries.properties} by
	 * default.
	 */
	String namedQueriesLocation() default "";

	/** How query methods find their query. */
	Key queryLookupStrategy() default Key.CREATE_IF_NOT_FOUND;

	/** The factory bean class of each repository. */
	Class<?> repositoryFactoryBeanClass() default ReactiveQuireRepositoryFactoryBean.class;

	/** A custom base class for repositories. */
	Class<?> repositoryBaseClass() default DefaultRepositoryBaseClass.class;

	/** The generator of repository bean names. */
	Class<? extends BeanNameGenerator> nameGenerator() default BeanNameGenerator.class;

	/** The name of the {@link io.quire.data.core.ReactiveQuireOperations} bean to use. */
	String reactiveQuireTemplateRef() default "reactiveQuireTemplate";

	/** Whether interfaces nested in other classes are repositories too. */
	boolean considerNestedRepositories() default false;

}
