package io.quire.data.core.mapping.event;

import java.util.Map;

import org.springframework.data.mapping.callback.EntityCallback;

/**
 * Called after a document was read into an entity.
 *
 * @param <T> the entity type
 */
@FunctionalInterface
public interface AfterConvertCallback<T> extends EntityCallback<T> {

	T onAfterConvert(T entity, Map<String, Object> document, String table);

}
