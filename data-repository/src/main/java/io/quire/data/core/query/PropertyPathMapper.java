package io.quire.data.core.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.quire.data.core.mapping.IndexResolver;
import io.quire.data.core.mapping.QuireMappingContext;
import io.quire.data.core.mapping.QuirePersistentEntity;
import io.quire.data.core.mapping.QuirePersistentProperty;

import org.springframework.data.mapping.MappingException;
import org.springframework.data.mapping.PersistentPropertyPath;

/**
 * Maps entity property paths ({@code "address.city"}) to document {@link FieldPath}s,
 * applying {@code @Field} names. Paths that name no property are taken as field names.
 */
final class PropertyPathMapper {

	private final QuireMappingContext mappingContext;

	private final IndexResolver indexResolver;

	PropertyPathMapper(QuireMappingContext mappingContext) {
		this.mappingContext = mappingContext;
		this.indexResolver = new IndexResolver(mappingContext);
	}

	FieldPath map(String propertyPath, QuirePersistentEntity<?> entity) {
		PersistentPropertyPath<QuirePersistentProperty> path;
		try {
			path = this.mappingContext.getPersistentPropertyPath(propertyPath, entity.getType());
		}
		catch (MappingException ex) {
			return FieldPath.raw(Arrays.asList(propertyPath.split("\\.")));
		}
		return map(path);
	}

	private FieldPath map(PersistentPropertyPath<QuirePersistentProperty> path) {
		List<String> fields = new ArrayList<>();
		List<Integer> arrayHops = new ArrayList<>();
		QuirePersistentProperty leaf = path.getLeafProperty();
		for (QuirePersistentProperty property : path) {
			if (property != leaf && property.isCollectionLike()) {
				arrayHops.add(fields.size());
			}
			fields.add(property.getFieldName());
		}
		boolean primaryKey = path.getLength() == 1 && leaf.isIdProperty();
		return new FieldPath(fields, arrayHops, this.indexResolver.indexFor(path), primaryKey, leaf.isCollectionLike());
	}

}
