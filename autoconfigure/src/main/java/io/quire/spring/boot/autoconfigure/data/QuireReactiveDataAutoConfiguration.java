package io.quire.spring.boot.autoconfigure.data;

import io.quire.data.core.QuireTemplate;
import io.quire.data.core.ReactiveQuireOperations;
import io.quire.data.core.ReactiveQuireTemplate;
import reactor.core.publisher.Flux;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of a {@link ReactiveQuireTemplate} when reactor-core is on the
 * classpath. It shares the {@link QuireTemplate} bean's connections, mapping, table
 * creation and entity callbacks, so both templates see the same schema. Backs off when
 * the application defines its own {@link ReactiveQuireOperations}.
 */
@AutoConfiguration(after = QuireDataAutoConfiguration.class)
@ConditionalOnClass({ ReactiveQuireTemplate.class, Flux.class })
@ConditionalOnSingleCandidate(QuireTemplate.class)
public final class QuireReactiveDataAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(ReactiveQuireOperations.class)
	ReactiveQuireTemplate reactiveQuireTemplate(QuireTemplate quireTemplate) {
		return new ReactiveQuireTemplate(quireTemplate);
	}

}
