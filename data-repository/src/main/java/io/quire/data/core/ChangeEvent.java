package io.quire.data.core;

import io.quire.driver.ChangeType;
import org.jspecify.annotations.Nullable;

/**
 * One change of an entity from a changefeed, its documents read through the template's
 * converter.
 *
 * @param type what happened: {@link ChangeType#ADD}, {@link ChangeType#CHANGE},
 * {@link ChangeType#REMOVE}, or {@link ChangeType#ERROR} when the server skipped changes
 * for a slow reader
 * @param oldEntity the entity before the change, null when it was added
 * @param newEntity the entity after the change, null when it was removed
 * @param error the server's message for an {@link ChangeType#ERROR} event, else null
 * @param <T> the entity type
 */
public record ChangeEvent<T>(ChangeType type, @Nullable T oldEntity, @Nullable T newEntity, @Nullable String error) {

	/** The entity as it is now: the new one, or the removed one for a removal. */
	public @Nullable T entity() {
		return (this.newEntity != null) ? this.newEntity : this.oldEntity;
	}

}
