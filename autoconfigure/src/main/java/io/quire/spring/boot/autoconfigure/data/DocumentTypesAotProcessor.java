package io.quire.spring.boot.autoconfigure.data;

import java.lang.reflect.Type;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.util.ClassUtils;

/**
 * Registers, at build time, reflection hints for every {@code @Document} class of the
 * application's packages (the ones {@link DocumentScanner} finds at startup), with their
 * fields, constructors and the types of their properties, so that entities used through
 * {@code QuireTemplate} without a repository can be read and written in a native image.
 * Spring Data's repository processing covers the entities of repositories.
 */
class DocumentTypesAotProcessor implements BeanFactoryInitializationAotProcessor {

	private static final String DOCUMENT = "io.quire.data.core.mapping.Document";

	@Override
	public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(
			ConfigurableListableBeanFactory beanFactory) {
		if (!ClassUtils.isPresent(DOCUMENT, beanFactory.getBeanClassLoader())) {
			return null;
		}
		Set<Class<?>> documents = new DocumentScanner(beanFactory).scan();
		if (documents.isEmpty()) {
			return null;
		}
		return (generationContext, code) -> register(generationContext.getRuntimeHints().reflection(), documents);
	}

	private static void register(ReflectionHints reflection, Set<Class<?>> documents) {
		new BindingReflectionHintsRegistrar().registerReflectionHints(reflection, documents.toArray(Type[]::new));
		documents.forEach((document) -> reflection.registerType(document, MemberCategory.ACCESS_DECLARED_FIELDS,
				MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_DECLARED_METHODS));
	}

}
