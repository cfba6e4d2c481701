package io.quire.spring.boot.autoconfigure.data;

import io.quire.data.core.QuireOperations;
import io.quire.data.core.QuireTemplate;
import io.quire.data.core.convert.MappingQuireConverter;
import io.quire.data.core.convert.QuireConverter;
import io.quire.data.core.mapping.QuireMappingContext;
import io.quire.driver.ConnectionFactory;
import io.quire.spring.boot.autoconfigure.QuireAutoConfiguration;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of Quire's Spring Data support: the mapping context (with the
 * {@code @Document} classes of the application's packages), the converter and the
 * {@link QuireTemplate} bean {@code quireTemplate}, each backing off when the application
 * defines its own.
 */
@AutoConfiguration(after = QuireAutoConfiguration.class)
@ConditionalOnClass({ ConnectionFactory.class, QuireTemplate.class })
@ConditionalOnSingleCandidate(ConnectionFactory.class)
@EnableConfigurationProperties(QuireDataProperties.class)
public final class QuireDataAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	QuireMappingContext quireMappingContext(QuireDataProperties properties, BeanFactory beanFactory) {
		QuireMappingContext mappingContext = new QuireMappingContext();
		mappingContext.setAutoIndexCreation(properties.isAutoIndexCreation());
		mappingContext.setInitialEntitySet(new DocumentScanner(beanFactory).scan());
		return mappingContext;
	}

	@Bean
	@ConditionalOnMissingBean(QuireConverter.class)
	MappingQuireConverter quireConverter(QuireMappingContext quireMappingContext) {
		return new MappingQuireConverter(quireMappingContext);
	}

	@Bean
	@ConditionalOnMissingBean(QuireOperations.class)
	QuireTemplate quireTemplate(ConnectionFactory connectionFactory, QuireConverter quireConverter,
			QuireDataProperties properties) {
		QuireTemplate template = new QuireTemplate(connectionFactory, quireConverter);
		template.setAutoTableCreation(properties.isAutoTableCreation());
		return template;
	}

}
