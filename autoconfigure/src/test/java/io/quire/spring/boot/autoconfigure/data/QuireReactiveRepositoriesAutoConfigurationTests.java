package io.quire.spring.boot.autoconfigure.data;

import io.quire.data.core.QuireTemplate;
import io.quire.data.core.ReactiveQuireOperations;
import io.quire.data.core.ReactiveQuireTemplate;
import io.quire.data.repository.config.EnableReactiveQuireRepositories;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.spring.boot.autoconfigure.QuireAutoConfiguration;
import io.quire.spring.boot.autoconfigure.data.city.City;
import io.quire.spring.boot.autoconfigure.data.city.CityRepository;
import io.quire.spring.boot.autoconfigure.data.city.ReactiveCityRepository;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reactive template and repositories, and how {@code quire.data.repositories.type}
 * chooses between them and the blocking ones.
 */
class QuireReactiveRepositoriesAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(QuireAutoConfiguration.class, QuireDataAutoConfiguration.class,
				QuireRepositoriesAutoConfiguration.class, QuireReactiveDataAutoConfiguration.class,
				QuireReactiveRepositoriesAutoConfiguration.class))
		.withUserConfiguration(CityPackage.class);

	@Test
	void autoShouldCreateTheReactiveTemplateAndBothKindsOfRepositories() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(ReactiveQuireTemplate.class)
				.hasBean("reactiveQuireTemplate")
				.hasSingleBean(ReactiveCityRepository.class)
				.hasSingleBean(CityRepository.class);
			assertThat(context.getBean(ReactiveQuireTemplate.class).getConverter())
				.isSameAs(context.getBean(QuireTemplate.class).getConverter());
		});
	}

	@Test
	void reactiveShouldLeaveOutTheImperativeRepositories() {
		this.runner.withPropertyValues("quire.data.repositories.type=reactive")
			.run((context) -> assertThat(context).hasSingleBean(ReactiveCityRepository.class)
				.doesNotHaveBean(CityRepository.class));
	}

	@Test
	void imperativeShouldLeaveOutTheReactiveRepositoriesButKeepTheTemplate() {
		this.runner.withPropertyValues("quire.data.repositories.type=imperative")
			.run((context) -> assertThat(context).hasSingleBean(CityRepository.class)
				.hasSingleBean(ReactiveQuireTemplate.class)
				.doesNotHaveBean(ReactiveCityRepository.class));
	}

	@Test
	void noneShouldLeaveOutEveryRepository() {
		this.runner.withPropertyValues("quire.data.repositories.type=none")
			.run((context) -> assertThat(context).doesNotHaveBean(CityRepository.class)
				.doesNotHaveBean(ReactiveCityRepository.class));
	}

	@Test
	void anUnknownTypeShouldFailWithTheAllowedValues() {
		this.runner.withPropertyValues("quire.data.repositories.type=sometimes")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("expected auto, imperative, reactive or none"));
	}

	@Test
	void withoutReactorThereShouldBeNoReactiveTemplateNorRepositories() {
		this.runner.withClassLoader(new FilteredClassLoader(Flux.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ReactiveQuireOperations.class)
				.doesNotHaveBean(ReactiveCityRepository.class)
				.hasSingleBean(CityRepository.class));
	}

	@Test
	void shouldBackOffFromAUserReactiveTemplate() {
		this.runner.withUserConfiguration(UserReactiveTemplate.class).run((context) -> {
			assertThat(context).hasSingleBean(ReactiveQuireOperations.class)
				.hasSingleBean(ReactiveCityRepository.class);
			assertThat(context.getBean(ReactiveQuireTemplate.class).getConnectionFactory())
				.isNotSameAs(context.getBean(ConnectionFactory.class));
		});
	}

	@Test
	void shouldBackOffFromEnableReactiveQuireRepositories() {
		this.runner.withUserConfiguration(UserReactiveRepositories.class)
			.run((context) -> assertThat(context).hasSingleBean(ReactiveCityRepository.class)
				.hasSingleBean(CityRepository.class)
				.doesNotHaveBean(QuireReactiveRepositoriesRegistrar.class));
	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = City.class)
	static class CityPackage {

	}

	@Configuration(proxyBeanMethods = false)
	static class UserReactiveTemplate {

		@Bean
		ReactiveQuireTemplate reactiveQuireTemplate() {
			return new ReactiveQuireTemplate(ConnectionFactory.create(ConnectionOptions.defaults()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableReactiveQuireRepositories(basePackageClasses = City.class,
			reactiveQuireTemplateRef = "reactiveQuireTemplate")
	static class UserReactiveRepositories {

	}

}
