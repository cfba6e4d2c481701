package io.quire.sample.book;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import org.jspecify.annotations.Nullable;

/**
 * The JSON body of {@code POST /books} and {@code PUT /books/{id}}. A new book carries no
 * version; an update carries the version of the copy it was made from.
 *
 * @param title the title
 * @param author the author's name
 * @param tags the tags, none when absent
 * @param published the publication date, not in the future
 * @param version the version the client read, only on updates
 */
public record BookRequest(@NotBlank @Size(max = 200) @Nullable String title,
		@NotBlank @Size(max = 120) @Nullable String author,
		@Size(max = 20) @Nullable List<@NotBlank @Size(max = 40) String> tags,
		@NotNull @PastOrPresent @Nullable LocalDate published,
		@Null(groups = OnCreate.class, message = "must be absent when creating a book") @NotNull(
				groups = OnUpdate.class, message = "is required: send the version you read") @Nullable Long version) {

	/** Validation group for {@code POST /books}. */
	interface OnCreate extends Default {

	}

	/** Validation group for {@code PUT /books/{id}}. */
	interface OnUpdate extends Default {

	}

	Book toBook() {
		return new Book(required(this.title), required(this.author), tagList(), required(this.published));
	}

	void applyTo(Book book) {
		book.revise(required(this.title), required(this.author), tagList(), required(this.published),
				required(this.version));
	}

	private List<String> tagList() {
		return (this.tags != null) ? this.tags : List.of();
	}

	/** Fields that validation already checked for presence. */
	private static <T> T required(@Nullable T value) {
		return Objects.requireNonNull(value, "validated field must not be null");
	}

}
