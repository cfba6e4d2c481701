package io.quire.data.core.convert;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.mapping.QuireMappingContext;
import io.quire.data.core.mapping.QuirePersistentEntity;
import io.quire.data.core.mapping.QuirePersistentProperty;

import org.springframework.data.convert.EntityConverter;

/**
 * Converts entities to the documents stored in Quire tables and back.
 *
 * <p>
 * A document is a {@code Map<String, Object>} whose values are what the driver sends as
 * JSON: strings, numbers, booleans, lists, maps, {@code OffsetDateTime} for TIME values
 * and {@code byte[]} for BINARY values.
 */
public interface QuireConverter
		extends EntityConverter<QuirePersistentEntity<?>, QuirePersistentProperty, Object, Map<String, Object>> {

	@Override
	QuireMappingContext getMappingContext();

	/** Writes the entity into a new document. */
	Map<String, Object> toDocument(Object entity);

	/**
	 * Converts a single value (a query parameter, a field of an update) into its stored
	 * form: enums become names, {@code java.time} values become TIME values, entities
	 * become documents.
	 */
	@Nullable Object toQuireValue(@Nullable Object value);

	/**
	 * Converts a stored value into the given type, the reverse of {@link #toQuireValue}.
	 */
	<T> @Nullable T fromQuireValue(@Nullable Object value, Class<T> type);

}
