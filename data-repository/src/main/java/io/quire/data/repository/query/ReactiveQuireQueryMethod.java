package io.quire.data.repository.query;

import java.lang.reflect.Method;

import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.core.ReactiveWrappers;

/**
 * A query method of a reactive Quire repository. It returns a {@code Flux} (many results)
 * or a {@code Mono} (one, or a count, an existence test or a deletion); a
 * {@code Pageable} argument selects the page's window of a {@code Flux}, as a
 * {@code Page} or {@code Slice} would not fit a stream.
 */
public class ReactiveQuireQueryMethod extends QuireQueryMethod {

	private final boolean multiValue;

	public ReactiveQuireQueryMethod(Method method, RepositoryMetadata metadata, ProjectionFactory factory) {
		super(method, metadata, factory);
		this.multiValue = ReactiveWrappers.isMultiValueType(method.getReturnType());
	}

	/**
	 * Whether the method emits many results: a {@code Flux} or another multi-value type.
	 */
	@Override
	public boolean isCollectionQuery() {
		return this.multiValue;
	}

	/**
	 * Always: the results are a reactive stream, which also lets the method take a
	 * {@code Pageable} without returning a {@code Page}.
	 */
	@Override
	public boolean isStreamQuery() {
		return true;
	}

}
