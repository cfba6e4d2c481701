package io.quire.data.repository.config;

import java.util.Collection;
import java.util.List;

import io.quire.data.repository.ReactiveQuireRepository;
import io.quire.data.repository.support.ReactiveQuireRepositoryFactoryBean;

import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.data.repository.config.AnnotationRepositoryConfigurationSource;
import org.springframework.data.repository.core.RepositoryMetadata;

/**
 * What Spring Data needs to know about reactive Quire repositories: the blocking
 * extension's module and identifying annotations, their own factory bean and identifying
 * type, and the reactive template each repository uses. Only reactive repository
 * interfaces are taken.
 */
public class ReactiveQuireRepositoryConfigurationExtension extends QuireRepositoryConfigurationExtension {

	/**
	 * The attribute of {@link EnableReactiveQuireRepositories} naming the template bean.
	 */
	public static final String REACTIVE_QUIRE_TEMPLATE_REF = "reactiveQuireTemplateRef";

	@Override
	public String getModuleName() {
		return "Reactive Quire";
	}

	@Override
	public String getRepositoryFactoryBeanClassName() {
		return ReactiveQuireRepositoryFactoryBean.class.getName();
	}

	@Override
	protected Collection<Class<?>> getIdentifyingTypes() {
		return List.of(ReactiveQuireRepository.class);
	}

	@Override
	public void postProcess(BeanDefinitionBuilder builder, AnnotationRepositoryConfigurationSource config) {
		builder.addPropertyReference("reactiveQuireOperations",
				config.getAttributes().getString(REACTIVE_QUIRE_TEMPLATE_REF));
	}

	@Override
	protected boolean useRepositoryConfiguration(RepositoryMetadata metadata) {
		return metadata.isReactiveRepository();
	}

}
