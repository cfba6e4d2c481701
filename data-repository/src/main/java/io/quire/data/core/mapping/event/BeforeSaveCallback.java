package io.quire.data.core.mapping.event;

import java.util.Map;

import org.springframework.data.mapping.callback.EntityCallback;

/**
 * Called after an entity was converted to a document and before the document is sent; the
 * document may still be changed.
 *
 * @param <T> the entity type
 */
@FunctionalInterface
public interface BeforeSaveCallback<T> extends EntityCallback<T> {

	T onBeforeSave(T entity, Map<String, Object> document, String table);

}
