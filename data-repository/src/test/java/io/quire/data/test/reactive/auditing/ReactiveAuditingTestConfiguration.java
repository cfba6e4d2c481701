package io.quire.data.test.reactive.auditing;

import reactor.core.publisher.Mono;

import io.quire.data.config.EnableReactiveQuireAuditing;
import io.quire.data.core.ReactiveQuireTemplate;
import io.quire.data.core.convert.MappingQuireConverter;
import io.quire.data.core.mapping.QuireMappingContext;
import io.quire.data.repository.config.EnableReactiveQuireRepositories;
import io.quire.data.test.EmbeddedQuire;
import io.quire.data.test.RecordingConnectionFactory;
import io.quire.data.test.reactive.ReactiveVersionedNoteRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.ReactiveAuditorAware;

/**
 * Reactive repositories with reactive auditing only (no blocking {@code AuditorAware}):
 * the auditor is the {@value #USER} entry of the subscriber's context.
 */
@Configuration(proxyBeanMethods = false)
@EnableReactiveQuireRepositories(basePackageClasses = ReactiveVersionedNoteRepository.class)
@EnableReactiveQuireAuditing
public class ReactiveAuditingTestConfiguration {

	/** The key of the subscriber context entry that names the current user. */
	public static final String USER = "user";

	@Bean(destroyMethod = "")
	RecordingConnectionFactory connectionFactory() {
		return EmbeddedQuire.shared().connectionFactory();
	}

	@Bean
	ReactiveQuireTemplate reactiveQuireTemplate(RecordingConnectionFactory connectionFactory) {
		return new ReactiveQuireTemplate(connectionFactory, new MappingQuireConverter(new QuireMappingContext()));
	}

	@Bean
	ReactiveAuditorAware<String> reactiveAuditorAware() {
		return () -> Mono.deferContextual((context) -> Mono.justOrEmpty(context.<String>getOrEmpty(USER)));
	}

}
