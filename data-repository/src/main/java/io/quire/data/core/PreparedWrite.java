package io.quire.data.core;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.mapping.QuirePersistentEntity;

/**
 * An entity ready to be written, shared by {@link QuireTemplate} and
 * {@link ReactiveQuireTemplate}: its before-convert and before-save callbacks have run,
 * its version is set, and it is converted to the document to store.
 *
 * @param entity the entity as the callbacks left it
 * @param document the document to store
 * @param metadata the entity's mapping
 * @param expectedVersion the version the stored document must have (a versioned update),
 * else {@code null}
 * @param <T> the entity type
 */
record PreparedWrite<T>(T entity, Map<String, Object> document, QuirePersistentEntity<?> metadata,
		@Nullable Long expectedVersion) {

	PreparedWrite<T> with(T entity) {
		return new PreparedWrite<>(entity, this.document, this.metadata, this.expectedVersion);
	}

}
