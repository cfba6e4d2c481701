package io.quire.e2e.spring;

import io.quire.data.core.mapping.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/** A book of the end-to-end Spring application. */
@Document("books")
public class Book {

	@Id
	private @Nullable String id;

	private String title;

	private String author;

	private int year;

	public Book(String title, String author, int year) {
		this.title = title;
		this.author = author;
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

	public String getAuthor() {
		return this.author;
	}

	public void setAuthor(String author) {
		this.author = author;
	}

	public int getYear() {
		return this.year;
	}

	public void setYear(int year) {
		this.year = year;
	}

}
