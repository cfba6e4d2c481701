package io.quire.data.repository.query;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.QuireOperations;
import io.quire.data.core.convert.QuireConverter;
import io.quire.data.core.query.Criteria;
import io.quire.data.core.query.QuireQuery;
import io.quire.data.repository.Query;

import org.springframework.data.repository.query.ParameterAccessor;
import org.springframework.data.repository.query.ValueExpressionDelegate;
import org.springframework.data.repository.query.ValueExpressionQueryRewriter;
import org.springframework.data.repository.query.ValueExpressionQueryRewriter.QueryExpressionEvaluator;
import org.springframework.util.Assert;

/**
 * A query whose filter is declared as JSON ReQL, with {@link Query} or as a named query
 * ({@code META-INF/quire-named-queries.properties}). The JSON is parsed, and checked,
 * when the repository is created. Besides {@code ?n}, a placeholder can be a value
 * expression, {@code ?#{[0]}} or {@code :#{#name}}, evaluated for each call by Spring
 * Data's {@link ValueExpressionDelegate} (method arguments by index and by name, beans,
 * evaluation context extensions).
 */
public class StringBasedQuireQuery extends AbstractQuireQuery {

	private final @Nullable Query annotation;

	private final ReqlJsonFilter filter;

	private final QueryExpressionEvaluator expressions;

	private final int bindableParameters;

	/** The query of the method's {@link Query} annotation. */
	public StringBasedQuireQuery(QuireQueryMethod method, QuireOperations operations) {
		this(requiredAnnotation(method).value(), method, operations, ValueExpressionDelegate.create());
	}

	/** The query of the method's {@link Query} annotation, evaluating its expressions. */
	public StringBasedQuireQuery(QuireQueryMethod method, QuireOperations operations,
			ValueExpressionDelegate expressionDelegate) {
		this(requiredAnnotation(method).value(), method, operations, expressionDelegate);
	}

	/**
	 * The given filter, with the count, exists and delete flags of the method's
	 * {@link Query}, if any.
	 */
	public StringBasedQuireQuery(String filter, QuireQueryMethod method, QuireOperations operations,
			ValueExpressionDelegate expressionDelegate) {
		super(method, operations);
		this.annotation = method.getQueryAnnotation();
		this.expressions = parse(filter, method, expressionDelegate);
		this.filter = new ReqlJsonFilter(this.expressions.getQueryString());
		this.bindableParameters = method.getParameters().getBindableParameters().getNumberOfParameters();
		this.filter.bind(new Object[this.bindableParameters], getConverter());
	}

	/**
	 * The given filter (of the method's {@link Query}, or a named query), for a
	 * {@link ReactiveQuireQuery} to run.
	 */
	public StringBasedQuireQuery(String filter, QuireQueryMethod method, QuireConverter converter,
			ValueExpressionDelegate expressionDelegate) {
		super(method, converter);
		this.annotation = method.getQueryAnnotation();
		this.expressions = parse(filter, method, expressionDelegate);
		this.filter = new ReqlJsonFilter(this.expressions.getQueryString());
		this.bindableParameters = method.getParameters().getBindableParameters().getNumberOfParameters();
		this.filter.bind(new Object[this.bindableParameters], converter);
	}

	private static QueryExpressionEvaluator parse(String filter, QuireQueryMethod method,
			ValueExpressionDelegate expressionDelegate) {
		return ValueExpressionQueryRewriter
			.of(expressionDelegate, (counter, expression) -> ReqlJsonFilter.EXPRESSION + counter,
					(prefix, name) -> "?" + name)
			.parse(filter, method.getParameters());
	}

	@Override
	protected QuireQuery createQuery(ParameterAccessor accessor, Object[] values) {
		Object[] arguments = new Object[this.bindableParameters];
		for (int i = 0; i < arguments.length; i++) {
			arguments[i] = accessor.getBindableValue(i);
		}
		Map<String, Object> evaluated = this.expressions.evaluate(values);
		return QuireQuery.query(Criteria.reql(this.filter.bind(arguments, evaluated, getConverter())));
	}

	@Override
	protected boolean isCountQuery() {
		return this.annotation != null && this.annotation.count();
	}

	@Override
	protected boolean isExistsQuery() {
		return this.annotation != null && this.annotation.exists();
	}

	@Override
	protected boolean isDeleteQuery() {
		return this.annotation != null && this.annotation.delete();
	}

	private static Query requiredAnnotation(QuireQueryMethod method) {
		Query query = method.getQueryAnnotation();
		Assert.notNull(query, () -> method + " has no @Query");
		return query;
	}

	@Override
	protected boolean isLimiting() {
		return false;
	}

}
