package io.quire.sample.book;

import io.quire.data.repository.QuireRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The books, with derived queries for the search endpoint. Equality on {@code author}
 * reads through the author index; {@code TagsContaining} reads through the multi index on
 * {@code tags}.
 */
public interface BookRepository extends QuireRepository<Book, String> {

	Page<Book> findByAuthor(String author, Pageable pageable);

	Page<Book> findByTagsContaining(String tag, Pageable pageable);

	Page<Book> findByAuthorAndTagsContaining(String author, String tag, Pageable pageable);

}
