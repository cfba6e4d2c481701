package io.quire.data.config;

import java.lang.annotation.Annotation;

import io.quire.data.core.mapping.QuireMappingContext;
import io.quire.data.core.mapping.event.AuditingEntityCallback;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ObjectFactoryCreatingFactoryBean;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.data.auditing.IsNewAwareAuditingHandler;
import org.springframework.data.auditing.config.AuditingBeanDefinitionRegistrarSupport;
import org.springframework.data.auditing.config.AuditingConfiguration;

/**
 * Registers, for {@link EnableQuireAuditing}, an {@link IsNewAwareAuditingHandler} built
 * on the template's {@link QuireMappingContext} and the {@link AuditingEntityCallback}
 * that applies it.
 */
class QuireAuditingRegistrar extends AuditingBeanDefinitionRegistrarSupport {

	private static final String AUDITING_HANDLER = "quireAuditingHandler";

	@Override
	protected Class<? extends Annotation> getAnnotation() {
		return EnableQuireAuditing.class;
	}

	@Override
	protected String getAuditingHandlerBeanName() {
		return AUDITING_HANDLER;
	}

	@Override
	protected BeanDefinitionBuilder getAuditHandlerBeanDefinitionBuilder(AuditingConfiguration configuration) {
		BeanDefinitionBuilder persistentEntities = BeanDefinitionBuilder
			.rootBeanDefinition(PersistentEntitiesFactoryBean.class)
			.setAutowireMode(AbstractBeanDefinition.AUTOWIRE_CONSTRUCTOR);
		BeanDefinitionBuilder handler = BeanDefinitionBuilder.rootBeanDefinition(IsNewAwareAuditingHandler.class)
			.addConstructorArgValue(persistentEntities.getBeanDefinition());
		return configureDefaultAuditHandlerAttributes(configuration, handler);
	}

	@Override
	protected void registerAuditListenerBeanDefinition(BeanDefinition auditingHandlerDefinition,
			BeanDefinitionRegistry registry) {
		BeanDefinitionBuilder handlerFactory = BeanDefinitionBuilder
			.rootBeanDefinition(ObjectFactoryCreatingFactoryBean.class)
			.addPropertyValue("targetBeanName", AUDITING_HANDLER);
		BeanDefinitionBuilder callback = BeanDefinitionBuilder.rootBeanDefinition(AuditingEntityCallback.class)
			.addConstructorArgValue(handlerFactory.getBeanDefinition());
		AbstractBeanDefinition definition = callback.getBeanDefinition();
		registerInfrastructureBeanWithId(definition, AuditingEntityCallback.class.getName(), registry);
	}

}
