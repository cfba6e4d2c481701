package io.quire.data.repository.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.quire.data.core.ReactiveQuireOperations;
import io.quire.data.core.mapping.QuireMappingContext;
import io.quire.data.core.query.Criteria;
import io.quire.data.core.query.ExampleCriteria;
import io.quire.data.core.query.QuireQuery;
import io.quire.data.repository.ReactiveQuireRepository;

import org.springframework.data.domain.Example;
import org.springframework.data.domain.Sort;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.projection.SpelAwareProxyProjectionFactory;
import org.springframework.data.repository.core.EntityInformation;
import org.springframework.data.repository.query.FluentQuery.ReactiveFluentQuery;
import org.springframework.util.Assert;

/**
 * The default implementation of {@link ReactiveQuireRepository}, on
 * {@link ReactiveQuireOperations}.
 *
 * @param <T> the entity type
 * @param <ID> the id type
 */
public class SimpleReactiveQuireRepository<T, ID> implements ReactiveQuireRepository<T, ID> {

	private final EntityInformation<T, ID> entityInformation;

	private final ReactiveQuireOperations operations;

	private final ProjectionFactory projections = new SpelAwareProxyProjectionFactory();

	public SimpleReactiveQuireRepository(EntityInformation<T, ID> entityInformation,
			ReactiveQuireOperations operations) {
		Assert.notNull(entityInformation, "entityInformation must not be null");
		Assert.notNull(operations, "operations must not be null");
		this.entityInformation = entityInformation;
		this.operations = operations;
	}

	@Override
	public <S extends T> Mono<S> save(S entity) {
		return this.operations.save(entity);
	}

	@Override
	public <S extends T> Flux<S> saveAll(Iterable<S> entities) {
		Assert.notNull(entities, "entities must not be null");
		return Flux.fromIterable(entities).concatMap(this::save);
	}

	@Override
	public <S extends T> Flux<S> saveAll(Publisher<S> entities) {
		Assert.notNull(entities, "entities must not be null");
		return Flux.from(entities).concatMap(this::save);
	}

	@Override
	public <S extends T> Mono<S> insert(S entity) {
		return this.operations.insert(entity);
	}

	@Override
	public <S extends T> Flux<S> insert(Iterable<S> entities) {
		Assert.notNull(entities, "entities must not be null");
		return this.operations.insertAll(toList(entities));
	}

	@Override
	public <S extends T> Flux<S> insert(Publisher<S> entities) {
		Assert.notNull(entities, "entities must not be null");
		return Flux.from(entities).concatMap(this::insert);
	}

	@Override
	public Mono<T> findById(ID id) {
		return this.operations.findById(id, type());
	}

	@Override
	public Mono<T> findById(Publisher<ID> id) {
		return Mono.from(id).flatMap(this::findById);
	}

	@Override
	public Mono<Boolean> existsById(ID id) {
		return this.operations.existsById(id, type());
	}

	@Override
	public Mono<Boolean> existsById(Publisher<ID> id) {
		return Mono.from(id).flatMap(this::existsById);
	}

	@Override
	public Flux<T> findAll() {
		return this.operations.findAll(type());
	}

	@Override
	public Flux<T> findAll(Sort sort) {
		Assert.notNull(sort, "sort must not be null");
		return this.operations.find(QuireQuery.all().with(sort), type());
	}

	@Override
	public Flux<T> findAllById(Iterable<ID> ids) {
		Assert.notNull(ids, "ids must not be null");
		return this.operations.findAllById(toList(ids), type());
	}

	@Override
	public Flux<T> findAllById(Publisher<ID> ids) {
		Assert.notNull(ids, "ids must not be null");
		return Flux.from(ids).collectList().flatMapMany((all) -> this.operations.findAllById(all, type()));
	}

	@Override
	public Mono<Long> count() {
		return this.operations.count(type());
	}

	@Override
	public Mono<Void> deleteById(ID id) {
		return this.operations.deleteById(id, type()).then();
	}

	@Override
	public Mono<Void> deleteById(Publisher<ID> id) {
		return Mono.from(id).flatMap(this::deleteById);
	}

	@Override
	public Mono<Void> delete(T entity) {
		return this.operations.delete(entity);
	}

	/** Deletes the documents in one query, through the primary key. */
	@Override
	public Mono<Void> deleteAllById(Iterable<? extends ID> ids) {
		Assert.notNull(ids, "ids must not be null");
		List<Object> all = toList(ids);
		return all.isEmpty() ? Mono.empty()
				: this.operations.delete(QuireQuery.query(Criteria.where(idProperty()).in(all)), type()).then();
	}

	@Override
	public Mono<Void> deleteAll(Iterable<? extends T> entities) {
		Assert.notNull(entities, "entities must not be null");
		return Flux.fromIterable(entities).concatMap(this::delete).then();
	}

	@Override
	public Mono<Void> deleteAll(Publisher<? extends T> entities) {
		Assert.notNull(entities, "entities must not be null");
		return Flux.from(entities).concatMap(this::delete).then();
	}

	@Override
	public Mono<Void> deleteAll() {
		return this.operations.deleteAll(type()).then();
	}

	// ---- query by example ----

	@Override
	public <S extends T> Mono<S> findOne(Example<S> example) {
		return findBy(example, ReactiveFluentQuery::one);
	}

	@Override
	public <S extends T> Flux<S> findAll(Example<S> example) {
		return findBy(example, ReactiveFluentQuery::all);
	}

	@Override
	public <S extends T> Flux<S> findAll(Example<S> example, Sort sort) {
		Assert.notNull(sort, "sort must not be null");
		return findBy(example, (query) -> query.sortBy(sort).all());
	}

	@Override
	public <S extends T> Mono<Long> count(Example<S> example) {
		return findBy(example, ReactiveFluentQuery::count);
	}

	@Override
	public <S extends T> Mono<Boolean> exists(Example<S> example) {
		return findBy(example, ReactiveFluentQuery::exists);
	}

	/**
	 * The example's criteria come from {@link ExampleCriteria}, as for a blocking
	 * repository.
	 */
	@Override
	public <S extends T, R, P extends Publisher<R>> P findBy(Example<S> example,
			Function<ReactiveFluentQuery<S>, P> queryFunction) {
		Assert.notNull(example, "example must not be null");
		Assert.notNull(queryFunction, "queryFunction must not be null");
		QuireMappingContext mappingContext = this.operations.getConverter().getMappingContext();
		QuireQuery query = QuireQuery.all().with(new ExampleCriteria(mappingContext).criteria(example));
		return queryFunction.apply(new ReactiveFluentQuireQuery<>(this.operations, example.getProbeType(), query,
				ResultShaper.entities(mappingContext, this.projections)));
	}

	private static <E> List<E> toList(Iterable<? extends E> items) {
		List<E> all = new ArrayList<>();
		items.forEach(all::add);
		return all;
	}

	private String idProperty() {
		return this.operations.getConverter()
			.getMappingContext()
			.getRequiredPersistentEntity(type())
			.getRequiredIdProperty()
			.getName();
	}

	private Class<T> type() {
		return this.entityInformation.getJavaType();
	}

}
