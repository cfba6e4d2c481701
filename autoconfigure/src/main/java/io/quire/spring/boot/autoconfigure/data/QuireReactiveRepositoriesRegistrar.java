package io.quire.spring.boot.autoconfigure.data;

import java.lang.annotation.Annotation;

import io.quire.data.repository.config.EnableReactiveQuireRepositories;
import io.quire.data.repository.config.ReactiveQuireRepositoryConfigurationExtension;

import org.springframework.boot.autoconfigure.data.AbstractRepositoryConfigurationSourceSupport;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

/**
 * Registers reactive Quire repositories of the auto-configuration packages, with the
 * settings of a plain {@link EnableReactiveQuireRepositories
 *
 * @EnableReactiveQuireRepositories}.
 */
class QuireReactiveRepositoriesRegistrar extends AbstractRepositoryConfigurationSourceSupport {

	@Override
	protected Class<? extends Annotation> getAnnotation() {
		return EnableReactiveQuireRepositories.class;
	}

	@Override
	protected Class<?> getConfiguration() {
		return EnableReactiveQuireRepositoriesConfiguration.class;
	}

	@Override
	protected RepositoryConfigurationExtension getRepositoryConfigurationExtension() {
		return new ReactiveQuireRepositoryConfigurationExtension();
	}

	@EnableReactiveQuireRepositories
	private static final class EnableReactiveQuireRepositoriesConfiguration {

	}

}
