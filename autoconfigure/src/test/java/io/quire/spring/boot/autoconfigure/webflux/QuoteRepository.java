package io.quire.spring.boot.autoconfigure.webflux;

import io.quire.data.repository.ReactiveQuireRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Pageable;

public interface QuoteRepository extends ReactiveQuireRepository<Quote, String> {

	Flux<Quote> findByAuthor(String author, Pageable pageable);

	Mono<Long> countByAuthor(String author);

}
