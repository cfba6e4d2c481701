package io.quire.data.repository.query;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.QuireOperations;
import io.quire.data.core.convert.QuireConverter;
import io.quire.data.core.query.QuireQuery;

import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.DtoInstantiatingConverter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mapping.model.EntityInstantiators;
import org.springframework.data.repository.query.ParameterAccessor;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ResultProcessor;
import org.springframework.data.repository.query.ReturnedType;
import org.springframework.util.Assert;

/**
 * The base of Quire repository queries: builds a {@link QuireQuery} for the call, applies
 * the {@code Sort}, {@code Pageable} and {@code Limit} arguments, runs it in the shape
 * the method returns, and projects the result.
 */
public abstract class AbstractQuireQuery implements RepositoryQuery {

	private final QuireQueryMethod method;

	private final @Nullable QuireOperations operations;

	private final QuireConverter converter;

	private final EntityInstantiators instantiators = new EntityInstantiators();

	protected AbstractQuireQuery(QuireQueryMethod method, QuireOperations operations) {
		Assert.notNull(method, "method must not be null");
		Assert.notNull(operations, "operations must not be null");
		this.method = method;
		this.operations = operations;
		this.converter = operations.getConverter();
	}

	/**
	 * A query that only defines the {@link QuireQuery} of a call, for a
	 * {@link ReactiveQuireQuery} to run.
	 */
	protected AbstractQuireQuery(QuireQueryMethod method, QuireConverter converter) {
		Assert.notNull(method, "method must not be null");
		Assert.notNull(converter, "converter must not be null");
		this.method = method;
		this.operations = null;
		this.converter = converter;
	}

	@Override
	public QuireQueryMethod getQueryMethod() {
		return this.method;
	}

	protected QuireOperations getOperations() {
		Assert.state(this.operations != null, "This query only defines queries; it has no QuireOperations to run on");
		return this.operations;
	}

	protected QuireConverter getConverter() {
		return this.converter;
	}

	@Override
	public @Nullable Object execute(Object[] parameters) {
		ParametersParameterAccessor accessor = new ParametersParameterAccessor(this.method.getParameters(), parameters);
		ResultProcessor processor = this.method.getResultProcessor().withDynamicProjection(accessor);
		QuireQuery query = prepareQuery(accessor, parameters);
		Class<?> domainType = this.method.getEntityInformation().getJavaType();
		Object result = execution(accessor).execute(query, domainType, getOperations());
		return processor.processResult(singleIfNeeded(result), dtoConverter(processor.getReturnedType()));
	}

	/**
	 * The query for one call, before the {@code Sort}, {@code Pageable} and {@code Limit}
	 * arguments.
	 * @param accessor the call's arguments
	 * @param values all the arguments, in the method's order
	 */
	protected abstract QuireQuery createQuery(ParameterAccessor accessor, Object[] values);

	protected abstract boolean isCountQuery();

	protected abstract boolean isExistsQuery();

	protected abstract boolean isDeleteQuery();

	/** Whether the query limits its own results (First, Top). */
	protected abstract boolean isLimiting();

	/**
	 * The query of one call, with its {@code Sort}, {@code Pageable} and {@code Limit}.
	 */
	QuireQuery prepareQuery(ParameterAccessor accessor, Object[] values) {
		return applyArguments(createQuery(accessor, values), accessor);
	}

	/**
	 * Adds the Sort (or the Pageable's sort) and Limit arguments; pages and slices apply
	 * their window later.
	 */
	private QuireQuery applyArguments(QuireQuery query, ParameterAccessor accessor) {
		QuireQuery sorted = query.with(accessor.getSort()).with(accessor.getLimit());
		Pageable pageable = accessor.getPageable();
		if (this.method.isPageQuery() || this.method.isSliceQuery() || pageable.isUnpaged()) {
			return sorted;
		}
		return sorted.skip(pageable.getOffset()).limit(pageable.getPageSize());
	}

	private QuireQueryExecution execution(ParameterAccessor accessor) {
		if (isDeleteQuery()) {
			return QuireQueryExecution.delete(this.method.isCollectionQuery() || this.method.isQueryForEntity());
		}
		if (isCountQuery()) {
			return QuireQueryExecution.count();
		}
		if (isExistsQuery()) {
			return QuireQueryExecution.exists();
		}
		if (this.method.isSliceQuery()) {
			return QuireQueryExecution.slice(accessor.getPageable());
		}
		if (this.method.isPageQuery()) {
			return QuireQueryExecution.page(accessor.getPageable());
		}
		if (this.method.isStreamQuery()) {
			return QuireQueryExecution.stream();
		}
		return this.method.isCollectionQuery() ? QuireQueryExecution.collection()
				: QuireQueryExecution.single(isLimiting());
	}

	/** A delete that returns one entity gets the first of those deleted. */
	private @Nullable Object singleIfNeeded(@Nullable Object result) {
		if (isDeleteQuery() && !this.method.isCollectionQuery() && result instanceof Collection<?> deleted) {
			List<?> list = List.copyOf(deleted);
			return list.isEmpty() ? null : list.get(0);
		}
		return result;
	}

	/** Turns entities into the DTO the method returns, if it returns one. */
	Converter<Object, Object> dtoConverter(ReturnedType returnedType) {
		if (!returnedType.isDtoProjection()) {
			return (source) -> source;
		}
		return new DtoInstantiatingConverter(returnedType.getReturnedType(), this.converter.getMappingContext(),
				this.instantiators);
	}

}
