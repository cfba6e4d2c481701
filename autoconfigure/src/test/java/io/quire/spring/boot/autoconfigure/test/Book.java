package io.quire.spring.boot.autoconfigure.test;

import io.quire.data.core.mapping.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * A document of the slice tests.
 */
@Document("books")
public class Book {

	@Id
	private @Nullable String id;

	private String title;

	private int year;

	public Book(String title, int year) {
		this.title = title;
		this.year = year;
	}

	public @Nullable String getId() {
		return this.id;
	}

	public void setId(@Nullable String id) {
		this.id = id;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public int getYear() {
		return this.year;
	}

	public void setYear(int year) {
		this.year = year;
	}

}
