package io.quire.data.repository.support;

import io.quire.data.core.mapping.QuireMappingContext;

import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.DtoInstantiatingConverter;
import org.springframework.data.mapping.model.EntityInstantiators;
import org.springframework.data.projection.ProjectionFactory;

/**
 * Shows entities as the result type of a fluent query: the entity itself, an interface
 * projection backed by it, or a DTO instantiated from its properties.
 *
 * @param <S> the entity type
 * @param <R> the result type
 */
final class ResultShaper<S, R> {

	private final QuireMappingContext mappingContext;

	private final ProjectionFactory projections;

	private final Converter<Object, Object> converter;

	private ResultShaper(QuireMappingContext mappingContext, ProjectionFactory projections,
			Converter<Object, Object> converter) {
		this.mappingContext = mappingContext;
		this.projections = projections;
		this.converter = converter;
	}

	/** Results as the entities themselves. */
	static <S> ResultShaper<S, S> entities(QuireMappingContext mappingContext, ProjectionFactory projections) {
		return new ResultShaper<>(mappingContext, projections, (entity) -> entity);
	}

	/** Results as the given type. */
	<N> ResultShaper<S, N> as(Class<N> type) {
		if (type.isInterface()) {
			return new ResultShaper<>(this.mappingContext, this.projections,
					(entity) -> type.isInstance(entity) ? entity : this.projections.createProjection(type, entity));
		}
		DtoInstantiatingConverter dto = new DtoInstantiatingConverter(type, this.mappingContext,
				new EntityInstantiators());
		return new ResultShaper<>(this.mappingContext, this.projections,
				(entity) -> type.isInstance(entity) ? entity : dto.convert(entity));
	}

	@SuppressWarnings("unchecked")
	R shape(S entity) {
		return (R) this.converter.convert(entity);
	}

}
