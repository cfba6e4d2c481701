package io.quire.data.repository.config;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;

import io.quire.data.core.mapping.Document;
import io.quire.data.repository.QuireRepository;
import io.quire.data.repository.support.QuireRepositoryFactoryBean;

import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.data.repository.config.AnnotationRepositoryConfigurationSource;
import org.springframework.data.repository.config.RepositoryConfigurationExtensionSupport;
import org.springframework.data.repository.core.RepositoryMetadata;

/**
 * What Spring Data needs to know about Quire repositories: their factory bean, the types
 * and annotations that mark an interface as a Quire repository when several stores are
 * present, and the template each repository uses.
 */
public class QuireRepositoryConfigurationExtension extends RepositoryConfigurationExtensionSupport {

	/** The attribute of {@link EnableQuireRepositories} naming the template bean. */
	public static final String QUIRE_TEMPLATE_REF = "quireTemplateRef";

	@Override
	public String getModuleName() {
		return "Quire";
	}

	@Override
	protected String getModulePrefix() {
		return "quire";
	}

	@Override
	public String getRepositoryFactoryBeanClassName() {
		return QuireRepositoryFactoryBean.class.getName();
	}

	@Override
	protected Collection<Class<? extends Annotation>> getIdentifyingAnnotations() {
		return List.of(Document.class);
	}

	@Override
	protected Collection<Class<?>> getIdentifyingTypes() {
		return List.of(QuireRepository.class);
	}

	@Override
	public void postProcess(BeanDefinitionBuilder builder, AnnotationRepositoryConfigurationSource config) {
		builder.addPropertyReference("quireOperations", config.getAttributes().getString(QUIRE_TEMPLATE_REF));
	}

	@Override
	protected boolean useRepositoryConfiguration(RepositoryMetadata metadata) {
		return !metadata.isReactiveRepository();
	}

}
