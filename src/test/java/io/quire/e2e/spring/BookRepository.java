package io.quire.e2e.spring;

import io.quire.data.repository.QuireRepository;

/** The books, blocking: CRUD and Query by Example. */
public interface BookRepository extends QuireRepository<Book, String> {

}
