package io.quire.spring.boot.autoconfigure.data;

import io.quire.spring.boot.autoconfigure.data.city.City;
import org.junit.jupiter.api.Test;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.AotServices;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTypesAotProcessorTests {

	@Test
	void documentsOfTheApplicationPackagesShouldGetReflectionHints() {
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		AutoConfigurationPackages.register(beanFactory, City.class.getPackageName());
		BeanFactoryInitializationAotContribution contribution = new DocumentTypesAotProcessor()
			.processAheadOfTime(beanFactory);
		assertThat(contribution).isNotNull();
		RuntimeHints hints = new RuntimeHints();
		contribution.applyTo(new DefaultGenerationContext(new ClassNameGenerator(ClassName.OBJECT),
				new InMemoryGeneratedFiles(), hints), null);
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(City.class)
			.withMemberCategories(MemberCategory.ACCESS_DECLARED_FIELDS, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS))
			.accepts(hints);
	}

	@Test
	void withoutApplicationPackagesThereShouldBeNothingToDo() {
		assertThat(new DocumentTypesAotProcessor().processAheadOfTime(new DefaultListableBeanFactory())).isNull();
	}

	@Test
	void processorShouldBeRegisteredInAotFactories() {
		assertThat(AotServices.factories().load(BeanFactoryInitializationAotProcessor.class))
			.hasAtLeastOneElementOfType(DocumentTypesAotProcessor.class);
	}

}
