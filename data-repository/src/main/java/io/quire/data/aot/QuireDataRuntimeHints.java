package io.quire.data.aot;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.listener.QuireChangeListener;
import io.quire.data.core.mapping.Document;
import io.quire.data.core.mapping.Field;
import io.quire.data.core.mapping.Indexed;
import io.quire.data.repository.Query;
import io.quire.data.repository.support.SimpleQuireRepository;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;

/**
 * What Quire's Spring Data support reaches by reflection or as resources, beyond what
 * Spring Data's repository AOT processing registers for each repository: the repository
 * base class (created and called reflectively by the repository factory), the mapping and
 * query annotations read at runtime, and the named queries file.
 */
class QuireDataRuntimeHints implements RuntimeHintsRegistrar {

	private static final List<Class<?>> ANNOTATIONS = List.of(Document.class, Field.class, Indexed.class, Query.class,
			QuireChangeListener.class);

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.reflection()
			.registerType(SimpleQuireRepository.class, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS,
					MemberCategory.INVOKE_PUBLIC_METHODS);
		ANNOTATIONS.forEach((annotation) -> hints.reflection()
			.registerType(TypeReference.of(annotation), MemberCategory.INVOKE_PUBLIC_METHODS));
		hints.resources().registerPattern("META-INF/quire-named-queries.properties");
	}

}
