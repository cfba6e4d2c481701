package io.quire.data.repository.query;

import java.lang.reflect.Method;

import org.jspecify.annotations.Nullable;

import io.quire.data.repository.Query;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.query.QueryMethod;

/**
 * A query method of a Quire repository, aware of the {@link Query} annotation.
 */
public class QuireQueryMethod extends QueryMethod {

	private final @Nullable Query query;

	public QuireQueryMethod(Method method, RepositoryMetadata metadata, ProjectionFactory factory) {
		super(method, metadata, factory);
		this.query = AnnotatedElementUtils.findMergedAnnotation(method, Query.class);
	}

	/** Whether the method declares its filter with {@link Query}. */
	public boolean hasAnnotatedQuery() {
		return this.query != null;
	}

	/** The {@link Query} annotation, or {@code null}. */
	public @Nullable Query getQueryAnnotation() {
		return this.query;
	}

}
