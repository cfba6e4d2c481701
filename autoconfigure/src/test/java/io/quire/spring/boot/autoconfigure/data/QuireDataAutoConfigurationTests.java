package io.quire.spring.boot.autoconfigure.data;

import io.quire.data.core.QuireOperations;
import io.quire.data.core.QuireTemplate;
import io.quire.data.core.convert.QuireConverter;
import io.quire.data.core.mapping.QuireMappingContext;
import io.quire.data.repository.config.EnableQuireRepositories;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.spring.boot.autoconfigure.QuireAutoConfiguration;
import io.quire.spring.boot.autoconfigure.embedded.EmbeddedQuireAutoConfiguration;
import io.quire.spring.boot.autoconfigure.data.city.City;
import io.quire.spring.boot.autoconfigure.data.city.CityRepository;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class QuireDataAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(QuireAutoConfiguration.class, QuireDataAutoConfiguration.class,
				QuireRepositoriesAutoConfiguration.class))
		.withUserConfiguration(CityPackage.class);

	@Test
	void createsTheTemplateOnTheConnectionFactory() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(QuireMappingContext.class)
				.hasSingleBean(QuireConverter.class)
				.hasSingleBean(QuireTemplate.class)
				.hasBean("quireTemplate");
			QuireTemplate template = context.getBean(QuireTemplate.class);
			assertThat(template.getConnectionFactory()).isSameAs(context.getBean(ConnectionFactory.class));
			assertThat(template.isAutoTableCreation()).isTrue();
			assertThat(context.getBean(QuireMappingContext.class).isAutoIndexCreation()).isFalse();
		});
	}

	@Test
	void dataPropertiesAreApplied() {
		this.runner.withConfiguration(AutoConfigurations.of(EmbeddedQuireAutoConfiguration.class))
			.withPropertyValues("quire.embedded.enabled=true", "quire.data.auto-table-creation=false",
					"quire.data.auto-index-creation=true")
			.run((context) -> {
				assertThat(context.getBean(QuireTemplate.class).isAutoTableCreation()).isFalse();
				assertThat(context.getBean(QuireMappingContext.class).isAutoIndexCreation()).isTrue();
			});
	}

	@Test
	void mappingContextKnowsTheApplicationsDocuments() {
		this.runner.run((context) -> assertThat(context.getBean(QuireMappingContext.class).getPersistentEntities())
			.anySatisfy((entity) -> assertThat(entity.getType()).isEqualTo(City.class)));
	}

	@Test
	void repositoriesOfTheApplicationArePresent() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(CityRepository.class));
	}

	@Test
	void repositoriesCanBeSwitchedOff() {
		this.runner.withPropertyValues("quire.data.repositories.type=none")
			.run((context) -> assertThat(context).hasSingleBean(QuireTemplate.class)
				.doesNotHaveBean(CityRepository.class));
	}

	@Test
	void reactiveTypeLeavesOutImperativeRepositories() {
		this.runner.withPropertyValues("quire.data.repositories.type=reactive")
			.run((context) -> assertThat(context).doesNotHaveBean(CityRepository.class));
	}

	@Test
	void backsOffFromAUserTemplate() {
		this.runner.withUserConfiguration(UserTemplate.class).run((context) -> {
			assertThat(context).hasSingleBean(QuireOperations.class).hasBean("quireTemplate");
			assertThat(context.getBean(QuireTemplate.class).isAutoTableCreation()).isFalse();
		});
	}

	@Test
	void backsOffFromEnableQuireRepositories() {
		this.runner.withUserConfiguration(UserRepositories.class)
			.run((context) -> assertThat(context).hasSingleBean(CityRepository.class)
				.doesNotHaveBean(QuireRepositoriesRegistrar.class));
	}

	@Test
	void needsSpringData() {
		this.runner.withClassLoader(new FilteredClassLoader(QuireTemplate.class))
			.run((context) -> assertThat(context).hasSingleBean(ConnectionFactory.class)
				.doesNotHaveBean("quireTemplate"));
	}

	@Test
	void needsASingleConnectionFactory() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(QuireDataAutoConfiguration.class, QuireRepositoriesAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(QuireTemplate.class));
	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = City.class)
	static class CityPackage {

	}

	@Configuration(proxyBeanMethods = false)
	static class UserTemplate {

		@Bean
		QuireTemplate quireTemplate() {
			QuireTemplate template = new QuireTemplate(ConnectionFactory.create(ConnectionOptions.defaults()));
			template.setAutoTableCreation(false);
			return template;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableQuireRepositories(basePackageClasses = City.class)
	static class UserRepositories {

	}

}
