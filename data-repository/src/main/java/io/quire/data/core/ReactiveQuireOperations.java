package io.quire.data.core;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.quire.data.core.convert.QuireConverter;
import io.quire.data.core.query.QuireQuery;
import io.quire.driver.Connection;

/**
 * The reactive counterpart of {@link QuireOperations}: the same reads, writes and
 * changefeeds of entities, as Reactor {@link Mono}s and {@link Flux}es that do nothing
 * until subscribed. Multi-row reads follow the subscriber's demand: the next batch of a
 * server cursor is asked for only once the rows received are requested. Implemented by
 * {@link ReactiveQuireTemplate}.
 */
public interface ReactiveQuireOperations {

	/**
	 * Inserts a new entity; fails with {@code DuplicateKeyException} if its id exists.
	 */
	<T> Mono<T> insert(T entity);

	/** Inserts new entities in one write, in order. */
	<T> Flux<T> insertAll(Collection<? extends T> entities);

	/**
	 * Inserts a new entity or replaces a stored one; with {@code @Version}, a stale one
	 * fails with {@code OptimisticLockingFailureException}.
	 */
	<T> Mono<T> save(T entity);

	/**
	 * Sets fields (property paths) of the entities the query selects; how many changed.
	 */
	Mono<Long> update(QuireQuery query, Map<String, ?> changes, Class<?> type);

	/** Deletes the entity (checking its {@code @Version}, if any). */
	Mono<Void> delete(Object entity);

	/** Deletes the entity with the id; whether one was deleted. */
	Mono<Boolean> deleteById(Object id, Class<?> type);

	/** Deletes the entities the query selects; how many. */
	Mono<Long> delete(QuireQuery query, Class<?> type);

	/** Deletes the entities the query selects and emits them. */
	<T> Flux<T> findAllAndDelete(QuireQuery query, Class<T> type);

	/** Deletes every entity of the type; how many. */
	Mono<Long> deleteAll(Class<?> type);

	/** The entity with the id, or empty. */
	<T> Mono<T> findById(Object id, Class<T> type);

	<T> Flux<T> findAllById(Collection<?> ids, Class<T> type);

	<T> Flux<T> findAll(Class<T> type);

	/** The entities the query selects, read batch by batch as requested. */
	<T> Flux<T> find(QuireQuery query, Class<T> type);

	/** The first entity the query selects, or empty. */
	<T> Mono<T> findOne(QuireQuery query, Class<T> type);

	Mono<Long> count(Class<?> type);

	/** How many entities the query selects (within its skip and limit). */
	Mono<Long> count(QuireQuery query, Class<?> type);

	Mono<Boolean> exists(QuireQuery query, Class<?> type);

	Mono<Boolean> existsById(Object id, Class<?> type);

	/** Creates the type's database, table and {@code @Indexed} indexes if missing. */
	Mono<Void> createTable(Class<?> type);

	/** Drops the type's table if it exists. */
	Mono<Void> dropTable(Class<?> type);

	/**
	 * Runs the action with a connection borrowed from the factory, returned once the
	 * action's publisher ends or is cancelled.
	 */
	<R> Flux<R> execute(Function<Connection, Publisher<R>> action);

	/** The changes of every entity of the type. */
	<T> Flux<ChangeEvent<T>> changes(Class<T> type);

	/** The changes of the entities the query's criteria select. */
	default <T> Flux<ChangeEvent<T>> changes(QuireQuery query, Class<T> type) {
		return changes(query, type, false);
	}

	/**
	 * The changes of the entities the query's criteria select, as
	 * {@link QuireOperations#changes(QuireQuery, Class, boolean)}; each subscription
	 * opens its own feed and cancelling stops it.
	 */
	<T> Flux<ChangeEvent<T>> changes(QuireQuery query, Class<T> type, boolean includeInitial);

	QuireConverter getConverter();

}
