package io.quire.spring.boot.autoconfigure.data;

import io.quire.data.core.QuireOperations;
import io.quire.data.repository.QuireRepository;
import io.quire.data.repository.config.QuireRepositoryConfigurationExtension;
import io.quire.data.repository.support.QuireRepositoryFactoryBean;
import io.quire.driver.ConnectionFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.data.RepositoryType;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of Quire repositories: the interfaces extending
 * {@link QuireRepository} in the application's packages, as if
 * {@code @EnableQuireRepositories} were present. Backs off when the application uses
 * {@code @EnableQuireRepositories} itself, or when {@code quire.data.repositories.type}
 * is {@code none} or {@code reactive}.
 */
@AutoConfiguration(after = QuireDataAutoConfiguration.class)
@ConditionalOnClass({ ConnectionFactory.class, QuireRepository.class })
@ConditionalOnBean(QuireOperations.class)
@ConditionalOnMissingBean({ QuireRepositoryFactoryBean.class, QuireRepositoryConfigurationExtension.class })
@ConditionalOnQuireRepositoryType(type = RepositoryType.IMPERATIVE)
@Import(QuireRepositoriesRegistrar.class)
public final class QuireRepositoriesAutoConfiguration {

}
