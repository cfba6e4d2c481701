package io.quire.data.repository.config;

import java.lang.annotation.Annotation;

import org.springframework.data.repository.config.RepositoryBeanDefinitionRegistrarSupport;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

/**
 * Registers the repository beans that {@link EnableReactiveQuireRepositories} asks for.
 */
public class ReactiveQuireRepositoriesRegistrar extends RepositoryBeanDefinitionRegistrarSupport {

	@Override
	protected Class<? extends Annotation> getAnnotation() {
		return EnableReactiveQuireRepositories.class;
	}

	@Override
	protected RepositoryConfigurationExtension getExtension() {
		return new ReactiveQuireRepositoryConfigurationExtension();
	}

}
