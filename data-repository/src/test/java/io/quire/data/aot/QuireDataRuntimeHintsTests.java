package io.quire.data.aot;

import org.junit.jupiter.api.Test;

import io.quire.data.core.mapping.Document;
import io.quire.data.repository.support.SimpleQuireRepository;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.AotServices;

import static org.assertj.core.api.Assertions.assertThat;

class QuireDataRuntimeHintsTests {

	private final RuntimeHints hints = new RuntimeHints();

	QuireDataRuntimeHintsTests() {
		AotServices.factories()
			.load(RuntimeHintsRegistrar.class)
			.forEach((registrar) -> registrar.registerHints(this.hints, getClass().getClassLoader()));
	}

	@Test
	void repositoryBaseClassShouldBeCreatableAndCallableReflectively() {
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(SimpleQuireRepository.class)
			.withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_PUBLIC_METHODS))
			.accepts(this.hints);
	}

	@Test
	void mappingAnnotationsAndNamedQueriesShouldBeRegistered() {
		assertThat(RuntimeHintsPredicates.reflection().onType(Document.class)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("META-INF/quire-named-queries.properties"))
			.accepts(this.hints);
	}

}
