package io.quire.data.repository.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.quire.data.core.QuireOperations;
import io.quire.data.core.mapping.QuireMappingContext;
import io.quire.data.core.query.Criteria;
import io.quire.data.core.query.ExampleCriteria;
import io.quire.data.core.query.QuireQuery;
import io.quire.data.repository.QuireRepository;

import org.springframework.data.domain.Example;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.projection.SpelAwareProxyProjectionFactory;
import org.springframework.data.repository.core.EntityInformation;
import org.springframework.data.repository.query.FluentQuery.FetchableFluentQuery;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.util.Assert;

/**
 * The default implementation of {@link QuireRepository}, on {@link QuireOperations}.
 *
 * @param <T> the entity type
 * @param <ID> the id type
 */
public class SimpleQuireRepository<T, ID> implements QuireRepository<T, ID> {

	private final EntityInformation<T, ID> entityInformation;

	private final QuireOperations operations;

	private final ProjectionFactory projections = new SpelAwareProxyProjectionFactory();

	public SimpleQuireRepository(EntityInformation<T, ID> entityInformation, QuireOperations operations) {
		Assert.notNull(entityInformation, "entityInformation must not be null");
		Assert.notNull(operations, "operations must not be null");
		this.entityInformation = entityInformation;
		this.operations = operations;
	}

	@Override
	public <S extends T> S save(S entity) {
		return this.operations.save(entity);
	}

	@Override
	public <S extends T> List<S> saveAll(Iterable<S> entities) {
		Assert.notNull(entities, "entities must not be null");
		List<S> saved = new ArrayList<>();
		entities.forEach((entity) -> saved.add(save(entity)));
		return saved;
	}

	@Override
	public <S extends T> S insert(S entity) {
		return this.operations.insert(entity);
	}

	@Override
	public <S extends T> List<S> insert(Iterable<S> entities) {
		Assert.notNull(entities, "entities must not be null");
		List<S> all = new ArrayList<>();
		entities.forEach(all::add);
		return this.operations.insertAll(all);
	}

	@Override
	public Optional<T> findById(ID id) {
		return Optional.ofNullable(this.operations.findById(id, type()));
	}

	@Override
	public boolean existsById(ID id) {
		return this.operations.existsById(id, type());
	}

	@Override
	public List<T> findAll() {
		return this.operations.findAll(type());
	}

	@Override
	public List<T> findAllById(Iterable<ID> ids) {
		Assert.notNull(ids, "ids must not be null");
		List<ID> all = new ArrayList<>();
		ids.forEach(all::add);
		return this.operations.findAllById(all, type());
	}

	@Override
	public List<T> findAll(Sort sort) {
		Assert.notNull(sort, "sort must not be null");
		return this.operations.find(QuireQuery.all().with(sort), type());
	}

	@Override
	public Page<T> findAll(Pageable pageable) {
		Assert.notNull(pageable, "pageable must not be null");
		List<T> content = this.operations.find(QuireQuery.all().with(pageable), type());
		return PageableExecutionUtils.getPage(content, pageable, this::count);
	}

	@Override
	public long count() {
		return this.operations.count(type());
	}

	@Override
	public void deleteById(ID id) {
		this.operations.deleteById(id, type());
	}

	@Override
	public void delete(T entity) {
		this.operations.delete(entity);
	}

	/** Deletes the documents in one query, through the primary key. */
	@Override
	public void deleteAllById(Iterable<? extends ID> ids) {
		Assert.notNull(ids, "ids must not be null");
		List<Object> all = new ArrayList<>();
		ids.forEach(all::add);
		if (!all.isEmpty()) {
			this.operations.delete(QuireQuery.query(Criteria.where(idProperty()).in(all)), type());
		}
	}

	@Override
	public void deleteAll(Iterable<? extends T> entities) {
		Assert.notNull(entities, "entities must not be null");
		entities.forEach(this::delete);
	}

	@Override
	public void deleteAll() {
		this.operations.deleteAll(type());
	}

	// ---- query by example ----

	@Override
	public <S extends T> Optional<S> findOne(Example<S> example) {
		return findBy(example, FetchableFluentQuery::one);
	}

	@Override
	public <S extends T> List<S> findAll(Example<S> example) {
		return findBy(example, FetchableFluentQuery::all);
	}

	@Override
	public <S extends T> List<S> findAll(Example<S> example, Sort sort) {
		Assert.notNull(sort, "sort must not be null");
		return findBy(example, (query) -> query.sortBy(sort).all());
	}

	@Override
	public <S extends T> Page<S> findAll(Example<S> example, Pageable pageable) {
		return findBy(example, (query) -> query.page(pageable));
	}

	@Override
	public <S extends T> long count(Example<S> example) {
		return findBy(example, FetchableFluentQuery::count);
	}

	@Override
	public <S extends T> boolean exists(Example<S> example) {
		return findBy(example, FetchableFluentQuery::exists);
	}

	@Override
	public <S extends T, R> R findBy(Example<S> example, Function<FetchableFluentQuery<S>, R> queryFunction) {
		Assert.notNull(example, "example must not be null");
		Assert.notNull(queryFunction, "queryFunction must not be null");
		QuireMappingContext mappingContext = this.operations.getConverter().getMappingContext();
		QuireQuery query = QuireQuery.all().with(new ExampleCriteria(mappingContext).criteria(example));
		return queryFunction.apply(new FluentQuireQuery<>(this.operations, example.getProbeType(), query,
				ResultShaper.entities(mappingContext, this.projections)));
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
