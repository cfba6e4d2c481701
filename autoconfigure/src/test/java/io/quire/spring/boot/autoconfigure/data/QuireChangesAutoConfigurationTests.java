package io.quire.spring.boot.autoconfigure.data;

import io.quire.data.core.QuireOperations;
import io.quire.data.core.QuireTemplate;
import io.quire.data.core.ReactiveQuireChanges;
import io.quire.data.core.listener.EnableQuireChangeListeners;
import io.quire.data.core.listener.QuireChangeListenerProcessor;
import io.quire.spring.boot.autoconfigure.QuireAutoConfiguration;
import io.quire.spring.boot.autoconfigure.data.city.City;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class QuireChangesAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(QuireAutoConfiguration.class, QuireDataAutoConfiguration.class,
				QuireChangesAutoConfiguration.class))
		.withUserConfiguration(CityPackage.class);

	@Test
	void registersTheChangeListenerProcessor() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(QuireChangeListenerProcessor.class)
			.hasBean("quireChangeListenerProcessor"));
	}

	@Test
	void changeListenersCanBeSwitchedOff() {
		this.runner.withPropertyValues("quire.data.change-listeners.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(QuireTemplate.class)
				.doesNotHaveBean(QuireChangeListenerProcessor.class));
	}

	@Test
	void changeListenersPropertyIsBoundToTheDataProperties() {
		this.runner.withPropertyValues("quire.data.change-listeners.enabled=false")
			.run((context) -> assertThat(context.getBean(QuireDataProperties.class).getChangeListeners().isEnabled())
				.isFalse());
	}

	@Test
	void backsOffFromEnableQuireChangeListeners() {
		this.runner.withUserConfiguration(ListenersEnabledByAnnotation.class)
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(QuireChangeListenerProcessor.class));
	}

	@Test
	void backsOffFromAUserChangeListenerProcessor() {
		this.runner.withUserConfiguration(UserProcessor.class)
			.run((context) -> assertThat(context).hasSingleBean(QuireChangeListenerProcessor.class)
				.hasBean("userProcessor")
				.doesNotHaveBean("quireChangeListenerProcessor"));
	}

	@Test
	void changeListenersNeedQuireOperations() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(QuireChangesAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(QuireChangeListenerProcessor.class)
				.doesNotHaveBean(ReactiveQuireChanges.class));
	}

	@Test
	void needsSpringData() {
		this.runner.withClassLoader(new FilteredClassLoader(QuireTemplate.class))
			.run((context) -> assertThat(context).doesNotHaveBean("quireChangeListenerProcessor")
				.doesNotHaveBean("reactiveQuireChanges"));
	}

	@Test
	void createsReactiveChanges() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(ReactiveQuireChanges.class)
			.hasBean("reactiveQuireChanges"));
	}

	@Test
	void reactiveChangesNeedReactor() {
		this.runner.withClassLoader(new FilteredClassLoader(Flux.class))
			.run((context) -> assertThat(context).hasSingleBean(QuireChangeListenerProcessor.class)
				.doesNotHaveBean("reactiveQuireChanges"));
	}

	@Test
	void backsOffFromUserReactiveChanges() {
		this.runner.withUserConfiguration(UserReactiveChanges.class)
			.run((context) -> assertThat(context).hasSingleBean(ReactiveQuireChanges.class)
				.hasBean("userChanges")
				.doesNotHaveBean("reactiveQuireChanges"));
	}

	@Test
	void reactiveChangesStayWhenChangeListenersAreSwitchedOff() {
		this.runner.withPropertyValues("quire.data.change-listeners.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(ReactiveQuireChanges.class));
	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = City.class)
	static class CityPackage {

	}

	@Configuration(proxyBeanMethods = false)
	@EnableQuireChangeListeners
	static class ListenersEnabledByAnnotation {

	}

	@Configuration(proxyBeanMethods = false)
	static class UserProcessor {

		@Bean
		static QuireChangeListenerProcessor userProcessor(ObjectProvider<QuireOperations> operations) {
			return new QuireChangeListenerProcessor(operations);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserReactiveChanges {

		@Bean
		ReactiveQuireChanges userChanges(QuireTemplate quireTemplate) {
			return new ReactiveQuireChanges(quireTemplate);
		}

	}

}
