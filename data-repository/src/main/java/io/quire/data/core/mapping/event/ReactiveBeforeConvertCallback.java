package io.quire.data.core.mapping.event;

import org.reactivestreams.Publisher;

import org.springframework.data.mapping.callback.EntityCallback;

/**
 * The reactive counterpart of {@link BeforeConvertCallback}, run by the
 * {@link io.quire.data.core.ReactiveQuireTemplate} before an entity is converted for
 * saving; its publisher emits the entity to write (reactive auditing sets its auditors
 * here, from the subscriber's context).
 *
 * @param <T> the entity type
 */
@FunctionalInterface
public interface ReactiveBeforeConvertCallback<T> extends EntityCallback<T> {

	/**
	 * @param entity the entity about to be written
	 * @param table the table it is written to
	 * @return a publisher of the entity to write, the given one or a changed copy
	 */
	Publisher<T> onBeforeConvert(T entity, String table);

}
