package io.quire.data.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * Fills the {@code @CreatedDate}, {@code @LastModifiedDate}, {@code @CreatedBy} and
 * {@code @LastModifiedBy} properties of entities when the
 * {@link io.quire.data.core.ReactiveQuireTemplate} saves them, the auditors coming from a
 * {@link org.springframework.data.domain.ReactiveAuditorAware} (which may read the
 * subscriber's context, as Spring Security's reactive context does).
 */
@Inherited
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(ReactiveQuireAuditingRegistrar.class)
public @interface EnableReactiveQuireAuditing {

	/**
	 * The bean name of the {@code ReactiveAuditorAware} that supplies the current
	 * auditor; the single one in the context by default.
	 */
	String auditorAwareRef() default "";

	/** Whether a newly created entity also gets its modification date and auditor set. */
	boolean setDates() default true;

	/** Whether creation counts as a modification. */
	boolean modifyOnCreate() default true;

	/** The bean name of the {@code DateTimeProvider}; the current time by default. */
	String dateTimeProviderRef() default "";

}
