package io.quire.spring.boot.autoconfigure.data;

import java.lang.annotation.Annotation;

import io.quire.data.repository.config.EnableQuireRepositories;
import io.quire.data.repository.config.QuireRepositoryConfigurationExtension;

import org.springframework.boot.autoconfigure.data.AbstractRepositoryConfigurationSourceSupport;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

/**
 * Registers Quire repositories of the auto-configuration packages, with the settings of a
 * plain {@link EnableQuireRepositories @EnableQuireRepositories}.
 */
class QuireRepositoriesRegistrar extends AbstractRepositoryConfigurationSourceSupport {

	@Override
	protected Class<? extends Annotation> getAnnotation() {
		return EnableQuireRepositories.class;
	}

	@Override
	protected Class<?> getConfiguration() {
		return EnableQuireRepositoriesConfiguration.class;
	}

	@Override
	protected RepositoryConfigurationExtension getRepositoryConfigurationExtension() {
		return new QuireRepositoryConfigurationExtension();
	}

	@EnableQuireRepositories
	private static final class EnableQuireRepositoriesConfiguration {

	}

}
