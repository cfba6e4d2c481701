package io.quire.spring.boot.autoconfigure.webflux;

import io.quire.data.core.ChangeEvent;
import io.quire.data.core.ReactiveQuireOperations;
import io.quire.data.core.query.Criteria;
import io.quire.data.core.query.QuireQuery;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Quotes over HTTP, straight from the reactive repository: pages of an author's quotes,
 * their count, and the author's new quotes as server-sent events.
 */
@RestController
class QuoteController {

	private final QuoteRepository quotes;

	private final ReactiveQuireOperations operations;

	QuoteController(QuoteRepository quotes, ReactiveQuireOperations operations) {
		this.quotes = quotes;
		this.operations = operations;
	}

	@PostMapping("/quotes")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Quote> add(@RequestBody Quote quote) {
		return this.quotes.save(quote);
	}

	@GetMapping("/quotes/{id}")
	Mono<Quote> one(@PathVariable String id) {
		return this.quotes.findById(id);
	}

	@GetMapping("/authors/{author}/quotes")
	Flux<Quote> byAuthor(@PathVariable String author, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "10") int size) {
		return this.quotes.findByAuthor(author, PageRequest.of(page, size, Sort.by("year")));
	}

	@GetMapping("/authors/{author}/count")
	Mono<Long> count(@PathVariable String author) {
		return this.quotes.countByAuthor(author);
	}

	@GetMapping(path = "/authors/{author}/changes", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<Quote> changes(@PathVariable String author) {
		QuireQuery byAuthor = QuireQuery.query(Criteria.where("author").is(author));
		return this.operations.changes(byAuthor, Quote.class).mapNotNull(ChangeEvent::newEntity);
	}

}
