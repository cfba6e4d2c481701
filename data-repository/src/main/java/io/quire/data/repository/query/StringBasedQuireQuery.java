package io.quire.data.repository.query;

import io.quire.data.core.QuireOperations;
import io.quire.data.core.query.Criteria;
import io.quire.data.core.query.QuireQuery;
import io.quire.data.repository.Query;

import org.springframework.data.repository.query.ParameterAccessor;
import org.springframework.util.Assert;

/**
 * A query whose filter is declared with {@link Query} as JSON ReQL. The JSON is parsed, and
 * checked, when the repository is created.
 */
public class StringBasedQuireQuery extends AbstractQuireQuery {

	private final Query annotation;

	private final ReqlJsonFilter filter;

	private final int bindableParameters;

	public StringBasedQuireQuery(QuireQueryMethod method, QuireOperations operations) {
		super(method, operations);
		Query query = method.getQueryAnnotation();
		Assert.notNull(query, () -> method + " has no @Query");
		this.annotation = query;
		this.filter = new ReqlJsonFilter(query.value());
		this.bindableParameters = method.getParameters().getBindableParameters().getNumberOfParameters();
		this.filter.bind(new Object[this.bindableParameters], operations.getConverter());
	}

	@Override
	protected QuireQuery createQuery(ParameterAccessor accessor) {
		Object[] arguments = new Object[this.bindableParameters];
		for (int i = 0; i < arguments.length; i++) {
			arguments[i] = accessor.getBindableValue(i);
		}
		return QuireQuery.query(Criteria.reql(this.filter.bind(arguments, getOperations().getConverter())));
	}

	@Override
	protected boolean isCountQuery() {
		return this.annotation.count();
	}

	@Override
	protected boolean isExistsQuery() {
		return this.annotation.exists();
	}

	@Override
	protected boolean isDeleteQuery() {
		return this.annotation.delete();
	}

	@Override
	protected boolean isLimiting() {
		return false;
	}

}
