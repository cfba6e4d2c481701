package io.quire.data.core.mapping.event;

import java.util.Map;

import org.springframework.data.mapping.callback.EntityCallback;

/**
 * Called after a document was written, with the entity as it was saved (id and version
 * set).
 *
 * @param <T> the entity type
 */
@FunctionalInterface
public interface AfterSaveCallback<T> extends EntityCallback<T> {

	T onAfterSave(T entity, Map<String, Object> document, String table);

}
