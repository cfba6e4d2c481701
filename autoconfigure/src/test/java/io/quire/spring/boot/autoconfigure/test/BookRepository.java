package io.quire.spring.boot.autoconfigure.test;

import java.util.List;

import io.quire.data.repository.QuireRepository;

/**
 * A repository of the slice tests.
 */
public interface BookRepository extends QuireRepository<Book, String> {

	List<Book> findByYearGreaterThan(int year);

}
