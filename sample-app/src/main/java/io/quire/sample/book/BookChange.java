package io.quire.sample.book;

import io.quire.data.core.ChangeEvent;
import org.jspecify.annotations.Nullable;

/**
 * A change of a book as {@code GET /books/changes} sends it.
 *
 * @param type {@code add}, {@code change}, {@code remove}, or {@code error} when changes
 * were skipped
 * @param oldBook the book before the change, null when it was added
 * @param newBook the book after the change, null when it was removed
 * @param error what the server skipped, for an {@code error}
 */
public record BookChange(String type, @Nullable BookResponse oldBook, @Nullable BookResponse newBook,
		@Nullable String error) {

	static BookChange of(ChangeEvent<Book> event) {
		return new BookChange(event.type().name().toLowerCase(java.util.Locale.ROOT),
				(event.oldEntity() != null) ? BookResponse.of(event.oldEntity()) : null,
				(event.newEntity() != null) ? BookResponse.of(event.newEntity()) : null, event.error());
	}

}
