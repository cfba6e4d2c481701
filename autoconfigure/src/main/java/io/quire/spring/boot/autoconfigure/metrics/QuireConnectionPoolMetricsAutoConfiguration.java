package io.quire.spring.boot.autoconfigure.metrics;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.pool.ConnectionPool;
import io.quire.spring.boot.autoconfigure.QuireAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of Micrometer meters for every {@link ConnectionPool} bean, each
 * tagged with its bean name. Switched off with {@code quire.metrics.pool.enabled=false}.
 */
@AutoConfiguration(after = QuireAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass({ ConnectionFactory.class, MeterRegistry.class })
@ConditionalOnBean({ ConnectionFactory.class, MeterRegistry.class })
@ConditionalOnBooleanProperty(name = "quire.metrics.pool.enabled", matchIfMissing = true)
public final class QuireConnectionPoolMetricsAutoConfiguration {

	@Bean
	MeterBinder quireConnectionPoolMeterBinder(Map<String, ConnectionFactory> connectionFactories) {
		return (registry) -> connectionFactories.forEach((name, factory) -> {
			if (factory instanceof ConnectionPool pool) {
				new QuireConnectionPoolMetrics(pool, name, Tags.empty()).bindTo(registry);
			}
		});
	}

}
