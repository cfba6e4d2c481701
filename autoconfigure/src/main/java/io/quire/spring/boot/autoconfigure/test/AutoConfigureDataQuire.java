package io.quire.spring.boot.autoconfigure.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Imports the auto-configuration a Quire data test needs, listed in
 * {@code META-INF/spring/io.quire.spring.boot.autoconfigure.test.AutoConfigureDataQuire.imports}.
 * Most tests use {@link DataQuireTest @DataQuireTest} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureDataQuire {

}
