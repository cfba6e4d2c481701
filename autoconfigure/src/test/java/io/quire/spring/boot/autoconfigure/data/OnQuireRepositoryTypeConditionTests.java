package io.quire.spring.boot.autoconfigure.data;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.data.RepositoryType;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class OnQuireRepositoryTypeConditionTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(ImperativeConfiguration.class, ReactiveConfiguration.class);

	@Test
	void autoTypeMatchesImperativeAndReactiveWhenPropertyIsMissing() {
		this.runner.run((context) -> assertThat(context).hasBean("imperative").hasBean("reactive"));
	}

	@Test
	void imperativeTypeMatchesOnlyImperative() {
		this.runner.withPropertyValues("quire.data.repositories.type=imperative")
			.run((context) -> assertThat(context).hasBean("imperative").doesNotHaveBean("reactive"));
	}

	@Test
	void reactiveTypeMatchesOnlyReactive() {
		this.runner.withPropertyValues("quire.data.repositories.type=REACTIVE")
			.run((context) -> assertThat(context).doesNotHaveBean("imperative").hasBean("reactive"));
	}

	@Test
	void noneTypeMatchesNothing() {
		this.runner.withPropertyValues("quire.data.repositories.type=none")
			.run((context) -> assertThat(context).doesNotHaveBean("imperative").doesNotHaveBean("reactive"));
	}

	@Test
	void springDataNamespaceIsIgnored() {
		this.runner.withPropertyValues("spring.data.quire.repositories.type=none")
			.run((context) -> assertThat(context).hasBean("imperative").hasBean("reactive"));
	}

	@Test
	void invalidTypeFailsNamingTheProperty() {
		this.runner.withPropertyValues("quire.data.repositories.type=sometimes")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("quire.data.repositories.type")
				.hasMessageContaining("sometimes"));
	}

	@Configuration(proxyBeanMethods = false)
	static class ImperativeConfiguration {

		@Bean
		@ConditionalOnQuireRepositoryType(type = RepositoryType.IMPERATIVE)
		String imperative() {
			return "imperative";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ReactiveConfiguration {

		@Bean
		@ConditionalOnQuireRepositoryType(type = RepositoryType.REACTIVE)
		String reactive() {
			return "reactive";
		}

	}

}
