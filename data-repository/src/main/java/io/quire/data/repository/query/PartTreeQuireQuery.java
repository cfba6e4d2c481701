package io.quire.data.repository.query;

import java.util.HashSet;

import io.quire.data.core.QuireOperations;
import io.quire.data.core.convert.QuireConverter;
import io.quire.data.core.query.QuireQuery;

import org.springframework.data.repository.query.ParameterAccessor;
import org.springframework.data.repository.query.ReturnedType;
import org.springframework.data.repository.query.parser.PartTree;

/**
 * A query derived from the method name, such as {@code findByLastnameOrderByAgeDesc}. The
 * name is parsed, and checked against the domain type, when the repository is created.
 */
public class PartTreeQuireQuery extends AbstractQuireQuery {

	private final PartTree tree;

	public PartTreeQuireQuery(QuireQueryMethod method, QuireOperations operations) {
		super(method, operations);
		this.tree = parse(method);
	}

	/** The derived query of a method, for a {@link ReactiveQuireQuery} to run. */
	public PartTreeQuireQuery(QuireQueryMethod method, QuireConverter converter) {
		super(method, converter);
		this.tree = parse(method);
	}

	private static PartTree parse(QuireQueryMethod method) {
		PartTree tree = new PartTree(method.getName(), method.getEntityInformation().getJavaType());
		tree.getParts().forEach(QuireQueryCreator::operator);
		return tree;
	}

	@Override
	protected QuireQuery createQuery(ParameterAccessor accessor, Object[] values) {
		QuireQuery query = new QuireQueryCreator(this.tree, accessor, getQueryMethod().getParameters()).createQuery();
		ReturnedType returnedType = getQueryMethod().getResultProcessor()
			.withDynamicProjection(accessor)
			.getReturnedType();
		if (this.tree.isDistinct() && returnedType.isProjecting() && returnedType.hasInputProperties()) {
			return query.fields(new HashSet<>(returnedType.getInputProperties()));
		}
		return query;
	}

	@Override
	protected boolean isCountQuery() {
		return this.tree.isCountProjection();
	}

	@Override
	protected boolean isExistsQuery() {
		return this.tree.isExistsProjection();
	}

	@Override
	protected boolean isDeleteQuery() {
		return this.tree.isDelete();
	}

	@Override
	protected boolean isLimiting() {
		return this.tree.isLimiting();
	}

}
