package io.quire.data.repository.query;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.quire.data.core.ReactiveQuireOperations;
import io.quire.data.core.query.QuireQuery;

import org.jspecify.annotations.Nullable;

import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ResultProcessor;
import org.springframework.util.Assert;

/**
 * A query method of a reactive repository. Its {@link QuireQuery} comes from the same
 * definition as a blocking method's, derived from the name ({@link PartTreeQuireQuery})
 * or declared ({@link StringBasedQuireQuery}), with the same {@code Sort},
 * {@code Pageable} and {@code Limit} handling; it runs on
 * {@link ReactiveQuireOperations}, and its results are projected as they are emitted.
 * Arguments may be {@code Mono}s and {@code Flux}es, resolved first
 * ({@link ReactiveArguments}).
 */
public class ReactiveQuireQuery implements RepositoryQuery {

	private final AbstractQuireQuery definition;

	private final ReactiveQuireQueryMethod method;

	private final ReactiveQuireOperations operations;

	/**
	 * @param definition the query's definition, created on a
	 * {@link ReactiveQuireQueryMethod}
	 * @param operations what the query runs on
	 */
	public ReactiveQuireQuery(AbstractQuireQuery definition, ReactiveQuireOperations operations) {
		Assert.notNull(definition, "definition must not be null");
		Assert.notNull(operations, "operations must not be null");
		Assert.isInstanceOf(ReactiveQuireQueryMethod.class, definition.getQueryMethod(),
				"definition must be created on a ReactiveQuireQueryMethod");
		this.definition = definition;
		this.method = (ReactiveQuireQueryMethod) definition.getQueryMethod();
		this.operations = operations;
	}

	@Override
	public ReactiveQuireQueryMethod getQueryMethod() {
		return this.method;
	}

	@Override
	public Object execute(Object[] parameters) {
		Mono<@Nullable Object[]> arguments = ReactiveArguments.resolve(parameters);
		return this.method.isCollectionQuery() ? arguments.flatMapMany(this::run)
				: arguments.flatMap((resolved) -> Mono.from(run(resolved)));
	}

	private Flux<?> run(@Nullable Object[] parameters) {
		ParametersParameterAccessor accessor = new ParametersParameterAccessor(this.method.getParameters(), parameters);
		ResultProcessor processor = this.method.getResultProcessor().withDynamicProjection(accessor);
		QuireQuery query = this.definition.prepareQuery(accessor, parameters);
		Class<?> domainType = this.method.getEntityInformation().getJavaType();
		Flux<?> results = Flux.from(ReactiveQuireQueryExecution.of(this.definition, this.method)
			.execute(query, domainType, this.operations));
		return processor.processResult(results, this.definition.dtoConverter(processor.getReturnedType()));
	}

}
