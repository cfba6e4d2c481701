package io.quire.sample.book;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A book as the API returns it.
 *
 * @param id the book's id
 * @param title the title
 * @param author the author's name
 * @param tags the tags
 * @param published the publication date
 * @param version the version to send back with an update
 */
public record BookResponse(@Nullable String id, String title, String author, List<String> tags, LocalDate published,
		@Nullable Long version) {

	static BookResponse of(Book book) {
		return new BookResponse(book.getId(), book.getTitle(), book.getAuthor(), book.getTags(), book.getPublished(),
				book.getVersion());
	}

}
