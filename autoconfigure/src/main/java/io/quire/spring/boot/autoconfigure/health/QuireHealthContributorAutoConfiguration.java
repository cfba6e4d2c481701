package io.quire.spring.boot.autoconfigure.health;

import io.quire.driver.ConnectionFactory;
import io.quire.spring.boot.autoconfigure.QuireAutoConfiguration;
import io.quire.spring.boot.autoconfigure.QuireProperties;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.CompositeHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code quire} health contributor: one
 * {@link QuireHealthIndicator} for a single {@link ConnectionFactory} bean, a composite
 * keyed by bean name for several. Switched off with
 * {@code management.health.quire.enabled=false}. When Reactor is present,
 * {@link QuireReactiveHealthContributorAutoConfiguration} contributes instead.
 */
@AutoConfiguration(after = { QuireReactiveHealthContributorAutoConfiguration.class, QuireAutoConfiguration.class })
@ConditionalOnClass({ ConnectionFactory.class, HealthContributor.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(ConnectionFactory.class)
@ConditionalOnEnabledHealthIndicator("quire")
@EnableConfigurationProperties(QuireProperties.class)
public final class QuireHealthContributorAutoConfiguration
		extends CompositeHealthContributorConfiguration<QuireHealthIndicator, ConnectionFactory> {

	QuireHealthContributorAutoConfiguration(QuireProperties properties) {
		super((factory) -> new QuireHealthIndicator(factory, properties.getHealth().getTimeout()));
	}

	@Bean
	@ConditionalOnMissingBean(name = { "quireHealthIndicator", "quireHealthContributor" })
	HealthContributor quireHealthContributor(ConfigurableListableBeanFactory beanFactory) {
		return createContributor(beanFactory, ConnectionFactory.class);
	}

}
