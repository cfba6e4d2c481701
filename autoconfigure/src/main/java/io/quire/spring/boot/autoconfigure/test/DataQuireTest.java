package io.quire.spring.boot.autoconfigure.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Annotation for a Quire data test: only the Quire auto-configuration (connection
 * factory, template, repositories) is applied, no other components are scanned, and an
 * embedded in-memory engine on a free port serves the test unless {@link #embedded()} is
 * {@code false} (for example when a {@code @ServiceConnection} container is used).
 * <p>
 * Needs quire-engine and spring-boot-test-autoconfigure on the test classpath.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(DataQuireTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(DataQuireTypeExcludeFilter.class)
@AutoConfigureDataQuire
@ImportAutoConfiguration
public @interface DataQuireTest {

	/**
	 * Properties in form {@literal key=value} added to the environment before the test
	 * runs.
	 * @return the properties to add
	 */
	String[] properties() default {};

	/**
	 * Whether to start the embedded engine ({@code quire.embedded.enabled}).
	 * @return whether the embedded engine serves the test
	 */
	@PropertyMapping("quire.embedded.enabled")
	boolean embedded() default true;

	/**
	 * Whether default filtering of {@code @SpringBootApplication} applies. By default no
	 * beans are included.
	 * @return if default filters are used
	 */
	boolean useDefaultFilters() default true;

	/**
	 * Include filters that add otherwise filtered beans to the context.
	 * @return include filters to apply
	 */
	Filter[] includeFilters() default {};

	/**
	 * Exclude filters that remove beans that would otherwise be added to the context.
	 * @return exclude filters to apply
	 */
	Filter[] excludeFilters() default {};

	/**
	 * Auto-configuration exclusions for this test.
	 * @return auto-configuration exclusions to apply
	 */
	@AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
	Class<?>[] excludeAutoConfiguration() default {};

}
