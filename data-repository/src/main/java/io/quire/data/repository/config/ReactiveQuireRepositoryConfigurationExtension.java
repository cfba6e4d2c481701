package io.quire.data.repository.config;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;

import io.quire.data.core.mapping.Document;
import io.quire.data.repository.ReactiveQuireRepository;
import io.quire.data.repository.support.ReactiveQuireRepositoryFactoryBean;

import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.data.repository.config.AnnotationRepositoryConfigurationSource;
import org.springframework.data.repository.config.RepositoryConfigurationExtensionSupport;
import org.springframework.data.repository.core.RepositoryMetadata;

/**
 * What Spring Data needs to know about reactive Quire repositories: their factory bean,
 * the types and annotations that mark an interface as a reactive Quire repository when
 * several stores are present, and the reactive template each repository uses. Only
 * reactive repository interfaces are taken; the blocking ones are
 * {@link QuireRepositoryConfigurationExtension}'s.
 */
public class ReactiveQuireRepositoryConfigurationExtension extends RepositoryConfigurationExtensionSupport {

	/**
	 * The attribute of {@link EnableReactiveQuireRepositories} naming the template bean.
	 */
	public static final String REACTIVE_QUIRE_TEMPLATE_REF = "reactiveQuireTemplateRef";

	@Override
	public String getModuleName() {
		return "Reactive Quire";
	}

	@Override
	protected String getModulePrefix() {
		return "quire";
	}

	@Override
	protected Collection<Class<? extends Annotation>> getIdentifyingAnnotations() {
		return List.of(Document.class);
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
