package io.quire.data.test.reactive;

import io.quire.data.core.QuireTemplate;
import io.quire.data.core.ReactiveQuireTemplate;
import io.quire.data.repository.config.EnableReactiveQuireRepositories;
import io.quire.data.test.RepositoryTestConfiguration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Reactive repositories beside the blocking ones of {@link RepositoryTestConfiguration},
 * on a reactive template sharing the blocking template's mapping and auditing.
 */
@Configuration(proxyBeanMethods = false)
@EnableReactiveQuireRepositories
@Import(RepositoryTestConfiguration.class)
public class ReactiveRepositoryTestConfiguration {

	@Bean
	ReactiveQuireTemplate reactiveQuireTemplate(QuireTemplate quireTemplate) {
		return new ReactiveQuireTemplate(quireTemplate);
	}

}
