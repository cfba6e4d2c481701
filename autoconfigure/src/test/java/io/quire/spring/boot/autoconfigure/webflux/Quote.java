package io.quire.spring.boot.autoconfigure.webflux;

import io.quire.data.core.mapping.Document;
import io.quire.data.core.mapping.Indexed;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * A quotation and who said it.
 */
@Document("quotes")
public class Quote {

	@Id
	private @Nullable String id;

	@Indexed
	private String author;

	private String text;

	private int year;

	public Quote(String author, String text, int year) {
		this.author = author;
		this.text = text;
		this.year = year;
	}

	public @Nullable String getId() {
		return this.id;
	}

	public void setId(@Nullable String id) {
		this.id = id;
	}

	public String getAuthor() {
		return this.author;
	}

	public String getText() {
		return this.text;
	}

	public int getYear() {
		return this.year;
	}

}
