package io.quire.spring.boot.autoconfigure.health;

import io.quire.driver.ConnectionFactory;
import io.quire.spring.boot.autoconfigure.QuireAutoConfiguration;
import io.quire.spring.boot.autoconfigure.QuireProperties;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.CompositeReactiveHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the reactive {@code quire} health contributor, used when Reactor
 * is on the classpath: {@link QuireReactiveHealthIndicator}s that never block the caller.
 */
@AutoConfiguration(after = QuireAutoConfiguration.class)
@ConditionalOnClass({ ConnectionFactory.class, Mono.class, ReactiveHealthContributor.class,
		ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(ConnectionFactory.class)
@ConditionalOnEnabledHealthIndicator("quire")
@EnableConfigurationProperties(QuireProperties.class)
public final class QuireReactiveHealthContributorAutoConfiguration
		extends CompositeReactiveHealthContributorConfiguration<QuireReactiveHealthIndicator, ConnectionFactory> {

	QuireReactiveHealthContributorAutoConfiguration(QuireProperties properties) {
		super((factory) -> new QuireReactiveHealthIndicator(factory, properties.getHealth().getTimeout()));
	}

	@Bean
	@ConditionalOnMissingBean(name = { "quireHealthIndicator", "quireHealthContributor" })
	ReactiveHealthContributor quireHealthContributor(ConfigurableListableBeanFactory beanFactory) {
		return createContributor(beanFactory, ConnectionFactory.class);
	}

}
