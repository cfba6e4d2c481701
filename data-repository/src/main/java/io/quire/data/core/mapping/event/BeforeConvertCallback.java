package io.quire.data.core.mapping.event;

import org.springframework.data.mapping.callback.EntityCallback;

/**
 * Called before an entity is converted to a document for saving; may return a changed
 * entity (auditing sets its dates here).
 *
 * @param <T> the entity type
 */
@FunctionalInterface
public interface BeforeConvertCallback<T> extends EntityCallback<T> {

	/**
	 * @param entity the entity about to be written
	 * @param table the table it is written to
	 * @return the entity to write, the given one or a changed copy
	 */
	T onBeforeConvert(T entity, String table);

}
