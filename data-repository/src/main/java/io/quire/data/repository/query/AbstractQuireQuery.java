package io.quire.data.repository.query;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.QuireOperations;
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

	private final QuireOperations operations;

	private final EntityInstantiators instantiators = new EntityInstantiators();

	protected AbstractQuireQuery(QuireQueryMethod method, QuireOperations operations) {
		Assert.notNull(method, "method must not be null");
		Assert.notNull(operations, "operations must not be null");
		this.method = method;
		this.operations = operations;
	}

	@Override
	public QuireQueryMethod getQueryMethod() {
		return this.method;
	}

	protected QuireOperations getOperations() {
		return this.operations;
	}

	@Override
	public @Nullable Object execute(Object[] parameters) {
		ParametersParameterAccessor accessor = new ParametersParameterAccessor(this.method.getParameters(), parameters);
		ResultProcessor processor = this.method.getResultProcessor().withDynamicProjection(accessor);
		QuireQuery query = applyArguments(createQuery(accessor, parameters), accessor);
		Class<?> domainType = this.method.getEntityInformation().getJavaType();
		Object result = execution(accessor).execute(query, domainType, this.operations);
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

	private Converter<Object, Object> dtoConverter(ReturnedType returnedType) {
		if (!returnedType.isDtoProjection()) {
			return (source) -> source;
		}
		return new DtoInstantiatingConverter(returnedType.getReturnedType(),
				this.operations.getConverter().getMappingContext(), this.instantiators);
	}

}
