package io.quire.spring.boot.autoconfigure.data;

import io.quire.data.core.QuireOperations;
import io.quire.data.core.QuireTemplate;
import io.quire.data.core.ReactiveQuireChanges;
import io.quire.data.core.listener.QuireChangeListener;
import io.quire.data.core.listener.QuireChangeListenerProcessor;
import io.quire.driver.ConnectionFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;

/**
 * Auto-configuration of Quire changefeeds in Spring: the
 * {@link QuireChangeListenerProcessor} that feeds
 * {@link QuireChangeListener @QuireChangeListener} methods (as
 * {@code @EnableQuireChangeListeners} would; switched by
 * {@code quire.data.change-listeners.enabled}) and, when reactor-core is present, a
 * {@link ReactiveQuireChanges} bean. Each backs off when the application defines its own.
 */
@AutoConfiguration(after = QuireDataAutoConfiguration.class)
@ConditionalOnClass({ ConnectionFactory.class, QuireTemplate.class })
public final class QuireChangesAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(QuireChangeListenerProcessor.class)
	@ConditionalOnBean(QuireOperations.class)
	@ConditionalOnBooleanProperty(name = "quire.data.change-listeners.enabled", matchIfMissing = true)
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static class ChangeListenerConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
		static QuireChangeListenerProcessor quireChangeListenerProcessor(ObjectProvider<QuireOperations> operations) {
			return new QuireChangeListenerProcessor(operations);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "reactor.core.publisher.Flux")
	@ConditionalOnSingleCandidate(QuireTemplate.class)
	static class ReactiveChangesConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ReactiveQuireChanges reactiveQuireChanges(QuireTemplate quireTemplate) {
			return new ReactiveQuireChanges(quireTemplate);
		}

	}

}
