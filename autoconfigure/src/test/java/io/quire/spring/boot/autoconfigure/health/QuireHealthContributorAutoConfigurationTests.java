package io.quire.spring.boot.autoconfigure.health;

import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.spring.boot.autoconfigure.QuireAutoConfiguration;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class QuireHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(QuireAutoConfiguration.class,
				QuireHealthContributorAutoConfiguration.class, QuireReactiveHealthContributorAutoConfiguration.class));

	@Test
	void contributesAReactiveIndicatorWhenReactorIsPresent() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(QuireReactiveHealthIndicator.class)
			.doesNotHaveBean(QuireHealthIndicator.class)
			.hasBean("quireHealthContributor"));
	}

	@Test
	void contributesABlockingIndicatorWithoutReactor() {
		this.runner.withClassLoader(new FilteredClassLoader(Mono.class))
			.run((context) -> assertThat(context).hasSingleBean(QuireHealthIndicator.class)
				.doesNotHaveBean(ReactiveHealthContributor.class));
	}

	@Test
	void canBeSwitchedOff() {
		this.runner.withPropertyValues("management.health.quire.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("quireHealthContributor"));
	}

	@Test
	void followsTheDefaultsSwitch() {
		this.runner.withPropertyValues("management.health.defaults.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("quireHealthContributor"));
	}

	@Test
	void needsAConnectionFactory() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(QuireHealthContributorAutoConfiguration.class,
					QuireReactiveHealthContributorAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean("quireHealthContributor"));
	}

	@Test
	void backsOffFromAUserIndicator() {
		this.runner.withUserConfiguration(UserIndicator.class)
			.run((context) -> assertThat(context).doesNotHaveBean(QuireReactiveHealthIndicator.class)
				.getBean("quireHealthIndicator")
				.isInstanceOf(HealthContributor.class));
	}

	@Test
	void severalFactoriesGiveACompositeKeyedByBeanName() {
		this.runner.withUserConfiguration(TwoFactories.class).run((context) -> {
			assertThat(context).getBean("quireHealthContributor")
				.isInstanceOf(CompositeReactiveHealthContributor.class);
			CompositeReactiveHealthContributor composite = context.getBean("quireHealthContributor",
					CompositeReactiveHealthContributor.class);
			assertThat(composite.getContributor("orders")).isInstanceOf(QuireReactiveHealthIndicator.class);
			assertThat(composite.getContributor("billing")).isInstanceOf(QuireReactiveHealthIndicator.class);
		});
	}

	@Test
	void severalFactoriesGiveABlockingCompositeWithoutReactor() {
		this.runner.withUserConfiguration(TwoFactories.class)
			.withClassLoader(new FilteredClassLoader(Mono.class))
			.run((context) -> assertThat(context).getBean("quireHealthContributor")
				.isInstanceOf(CompositeHealthContributor.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserIndicator {

		@Bean
		HealthContributor quireHealthIndicator() {
			HealthIndicator indicator = () -> Health.up().build();
			return indicator;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class TwoFactories {

		@Bean
		ConnectionFactory orders() {
			return ConnectionFactory.create(ConnectionOptions.builder().database("orders").build());
		}

		@Bean
		ConnectionFactory billing() {
			return ConnectionFactory.create(ConnectionOptions.builder().database("billing").build());
		}

	}

}
