package io.quire.spring.boot.autoconfigure.data;

import java.util.LinkedHashSet;
import java.util.Set;

import io.quire.data.core.mapping.Document;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds the {@link Document @Document} classes in the application's auto-configuration
 * packages (those of {@code @SpringBootApplication}), so that the mapping context knows
 * them at startup.
 */
final class DocumentScanner {

	private final BeanFactory beanFactory;

	DocumentScanner(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	Set<Class<?>> scan() {
		Set<Class<?>> documents = new LinkedHashSet<>();
		if (!AutoConfigurationPackages.has(this.beanFactory)) {
			return documents;
		}
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Document.class));
		for (String basePackage : AutoConfigurationPackages.get(this.beanFactory)) {
			for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
				documents.add(load(candidate.getBeanClassName()));
			}
		}
		return documents;
	}

	private Class<?> load(String className) {
		return ClassUtils.resolveClassName(className, getClass().getClassLoader());
	}

}
