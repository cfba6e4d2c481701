package io.quire.data.repository;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.query.ReactiveQueryByExampleExecutor;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import org.springframework.data.repository.reactive.ReactiveSortingRepository;

/**
 * A reactive Quire repository: the reactive CRUD and sorting methods, plus inserts that
 * refuse an existing id. Query methods return {@code Mono} or {@code Flux} and take a
 * {@code Pageable} or {@code Sort} as the blocking ones do; a {@code Flux} reads the
 * server's cursor batch by batch as it is requested. Query by Example translates the
 * probe as the blocking repository does. Enabled by
 * {@link io.quire.data.repository.config.EnableReactiveQuireRepositories} or the starter.
 *
 * @param <T> the entity type
 * @param <ID> the id type
 */
@NoRepositoryBean
public interface ReactiveQuireRepository<T, ID>
		extends ReactiveCrudRepository<T, ID>, ReactiveSortingRepository<T, ID>, ReactiveQueryByExampleExecutor<T> {

	/**
	 * Inserts a new entity, failing with a
	 * {@link org.springframework.dao.DuplicateKeyException} if its id is taken.
	 */
	<S extends T> Mono<S> insert(S entity);

	/** Inserts new entities in one write. */
	<S extends T> Flux<S> insert(Iterable<S> entities);

	/** Inserts the entities as they come, one write each. */
	<S extends T> Flux<S> insert(Publisher<S> entities);

}
