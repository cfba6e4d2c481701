package io.quire.e2e.spring;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.quire.data.repository.ReactiveQuireRepository;

/** The books, reactive: derived queries taking plain and publisher arguments. */
public interface ReactiveBookRepository extends ReactiveQuireRepository<Book, String> {

	Flux<Book> findByAuthorOrderByYearAsc(String author);

	Flux<Book> findByAuthorIn(Flux<String> authors);

	Mono<Long> countByAuthor(Mono<String> author);

}
