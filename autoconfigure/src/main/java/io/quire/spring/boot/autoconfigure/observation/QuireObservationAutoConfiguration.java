package io.quire.spring.boot.autoconfigure.observation;

import io.micrometer.observation.ObservationRegistry;
import io.quire.driver.ConnectionFactory;
import io.quire.spring.boot.autoconfigure.QuireAutoConfiguration;
import io.quire.spring.boot.autoconfigure.QuireConnectionOptionsBuilderCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of {@code quire.query} observations: when an
 * {@link ObservationRegistry} bean exists, every connection of the auto-configured
 * factory reports its queries to it through an {@link ObservationQueryListener}. A
 * {@link QuireQueryObservationConvention} bean replaces the default convention. Switched
 * off with {@code quire.observations.enabled=false}.
 */
@AutoConfiguration(before = QuireAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({ ConnectionFactory.class, ObservationRegistry.class })
@ConditionalOnBean(ObservationRegistry.class)
@ConditionalOnBooleanProperty(name = "quire.observations.enabled", matchIfMissing = true)
public final class QuireObservationAutoConfiguration {

	@Bean
	QuireConnectionOptionsBuilderCustomizer quireObservationConnectionOptionsCustomizer(
			ObservationRegistry observationRegistry, ObjectProvider<QuireQueryObservationConvention> convention) {
		ObservationQueryListener listener = new ObservationQueryListener(observationRegistry,
				convention.getIfAvailable());
		return (builder) -> builder.addQueryListener(listener);
	}

}
