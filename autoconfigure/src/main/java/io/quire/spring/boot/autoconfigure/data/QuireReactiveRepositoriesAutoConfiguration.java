package io.quire.spring.boot.autoconfigure.data;

import io.quire.data.core.ReactiveQuireOperations;
import io.quire.data.repository.ReactiveQuireRepository;
import io.quire.data.repository.config.ReactiveQuireRepositoryConfigurationExtension;
import io.quire.data.repository.support.ReactiveQuireRepositoryFactoryBean;
import reactor.core.publisher.Flux;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.data.RepositoryType;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of reactive Quire repositories: the interfaces extending
 * {@link ReactiveQuireRepository} in the application's packages, as if
 * {@code @EnableReactiveQuireRepositories} were present. Backs off when the application
 * uses {@code @EnableReactiveQuireRepositories} itself, or when
 * {@code quire.data.repositories.type} is {@code none} or {@code imperative}.
 */
@AutoConfiguration(after = QuireReactiveDataAutoConfiguration.class)
@ConditionalOnClass({ Flux.class, ReactiveQuireRepository.class })
@ConditionalOnBean(ReactiveQuireOperations.class)
@ConditionalOnMissingBean({ ReactiveQuireRepositoryFactoryBean.class,
		ReactiveQuireRepositoryConfigurationExtension.class })
@ConditionalOnQuireRepositoryType(type = RepositoryType.REACTIVE)
@Import(QuireReactiveRepositoriesRegistrar.class)
public final class QuireReactiveRepositoriesAutoConfiguration {

}
