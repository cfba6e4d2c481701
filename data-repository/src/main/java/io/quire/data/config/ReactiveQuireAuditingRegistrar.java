package io.quire.data.config;

import java.lang.annotation.Annotation;

import io.quire.data.core.mapping.QuireMappingContext;
import io.quire.data.core.mapping.event.ReactiveAuditingEntityCallback;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ObjectFactoryCreatingFactoryBean;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.data.auditing.ReactiveIsNewAwareAuditingHandler;
import org.springframework.data.auditing.config.AuditingBeanDefinitionRegistrarSupport;
import org.springframework.data.auditing.config.AuditingConfiguration;

/**
 * Registers, for {@link EnableReactiveQuireAuditing}, a
 * {@link ReactiveIsNewAwareAuditingHandler} built on the reactive template's
 * {@link QuireMappingContext} and the {@link ReactiveAuditingEntityCallback} that applies
 * it.
 */
class ReactiveQuireAuditingRegistrar extends AuditingBeanDefinitionRegistrarSupport {

	private static final String AUDITING_HANDLER = "reactiveQuireAuditingHandler";

	@Override
	protected Class<? extends Annotation> getAnnotation() {
		return EnableReactiveQuireAuditing.class;
	}

	@Override
	protected String getAuditingHandlerBeanName() {
		return AUDITING_HANDLER;
	}

	@Override
	protected BeanDefinitionBuilder getAuditHandlerBeanDefinitionBuilder(AuditingConfiguration configuration) {
		BeanDefinitionBuilder persistentEntities = BeanDefinitionBuilder
			.rootBeanDefinition(ReactivePersistentEntitiesFactoryBean.class)
			.setAutowireMode(AbstractBeanDefinition.AUTOWIRE_CONSTRUCTOR);
		BeanDefinitionBuilder handler = BeanDefinitionBuilder
			.rootBeanDefinition(ReactiveIsNewAwareAuditingHandler.class)
			.addConstructorArgValue(persistentEntities.getBeanDefinition());
		return configureDefaultAuditHandlerAttributes(configuration, handler);
	}

	@Override
	protected void registerAuditListenerBeanDefinition(BeanDefinition auditingHandlerDefinition,
			BeanDefinitionRegistry registry) {
		BeanDefinitionBuilder handlerFactory = BeanDefinitionBuilder
			.rootBeanDefinition(ObjectFactoryCreatingFactoryBean.class)
			.addPropertyValue("targetBeanName", AUDITING_HANDLER);
		BeanDefinitionBuilder callback = BeanDefinitionBuilder.rootBeanDefinition(ReactiveAuditingEntityCallback.class)
			.addConstructorArgValue(handlerFactory.getBeanDefinition());
		AbstractBeanDefinition definition = callback.getBeanDefinition();
		registerInfrastructureBeanWithId(definition, ReactiveAuditingEntityCallback.class.getName(), registry);
	}

}
