package io.quire.data.core.listener;

import io.quire.data.core.QuireOperations;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;

/**
 * Declares the {@link QuireChangeListenerProcessor}; imported by
 * {@link EnableQuireChangeListeners}.
 */
@Configuration(proxyBeanMethods = false)
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
class QuireChangeListenerConfiguration {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static QuireChangeListenerProcessor quireChangeListenerProcessor(ObjectProvider<QuireOperations> operations) {
		return new QuireChangeListenerProcessor(operations);
	}

}
