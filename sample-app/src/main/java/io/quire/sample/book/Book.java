package io.quire.sample.book;

import java.time.LocalDate;
import java.util.List;

import io.quire.data.core.mapping.Document;
import io.quire.data.core.mapping.Indexed;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A book in the {@code books} table. The server generates the id on first save; the
 * version starts when the book is first saved and goes up by one on every save, so that
 * an update made from a stale copy is refused.
 */
@Document(table = "books")
public class Book {

	@Id
	private @Nullable String id;

	private String title;

	@Indexed
	private String author;

	@Indexed
	private List<String> tags;

	private LocalDate published;

	@Version
	private @Nullable Long version;

	public Book(String title, String author, List<String> tags, LocalDate published) {
		this.title = title;
		this.author = author;
		this.tags = List.copyOf(tags);
		this.published = published;
	}

	/**
	 * Replaces the book's content, as a client that read the book at
	 * {@code expectedVersion} wants it. Saving the book fails if it changed since that
	 * version.
	 * @param title the new title
	 * @param author the new author
	 * @param tags the new tags
	 * @param published the new publication date
	 * @param expectedVersion the version the client's copy had
	 */
	public void revise(String title, String author, List<String> tags, LocalDate published, long expectedVersion) {
		this.title = title;
		this.author = author;
		this.tags = List.copyOf(tags);
		this.published = published;
		this.version = expectedVersion;
	}

	public @Nullable String getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public String getAuthor() {
		return this.author;
	}

	public List<String> getTags() {
		return this.tags;
	}

	public LocalDate getPublished() {
		return this.published;
	}

	public @Nullable Long getVersion() {
		return this.version;
	}

}
