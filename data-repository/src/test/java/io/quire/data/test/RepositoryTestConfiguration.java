package io.quire.data.test;

import java.util.Map;
import java.util.Optional;

import io.quire.data.config.EnableQuireAuditing;
import io.quire.data.core.QuireTemplate;
import io.quire.data.core.convert.MappingQuireConverter;
import io.quire.data.core.mapping.QuireMappingContext;
import io.quire.data.repository.config.EnableQuireRepositories;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.spel.spi.EvaluationContextExtension;

/**
 * Repositories and auditing on the shared embedded server, with automatic index creation.
 */
@Configuration(proxyBeanMethods = false)
@EnableQuireRepositories(basePackageClasses = PersonRepository.class)
@EnableQuireAuditing
public class RepositoryTestConfiguration {

	/** The auditor the tests run as. */
	public static final String AUDITOR = "alice";

	@Bean(destroyMethod = "")
	RecordingConnectionFactory connectionFactory() {
		return EmbeddedQuire.shared().connectionFactory();
	}

	@Bean
	QuireMappingContext quireMappingContext() {
		QuireMappingContext context = new QuireMappingContext();
		context.setAutoIndexCreation(true);
		return context;
	}

	@Bean
	QuireTemplate quireTemplate(RecordingConnectionFactory connectionFactory, QuireMappingContext mappingContext) {
		return new QuireTemplate(connectionFactory, new MappingQuireConverter(mappingContext));
	}

	/** Gives {@code @Query} expressions the variable {@code seniorAge}. */
	@Bean
	EvaluationContextExtension peopleExtension() {
		return new EvaluationContextExtension() {

			@Override
			public String getExtensionId() {
				return "people";
			}

			@Override
			public Map<String, Object> getProperties() {
				return Map.of("seniorAge", 80);
			}

		};
	}

	/** A bean that {@code @Query} expressions call as {@code @favourites}. */
	@Bean
	Favourites favourites() {
		return new Favourites();
	}

	/** Names the tests' expressions look up. */
	public static class Favourites {

		public String lastname() {
			return "Turing";
		}

	}

	@Bean
	AuditorAware<String> auditorAware() {
		return () -> Optional.of(AUDITOR);
	}

}
