package io.quire.data.core.mapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.data.mapping.PersistentPropertyPath;
import org.springframework.util.Assert;

/**
 * Finds the secondary indexes an entity declares with {@code @Indexed}, including those
 * on properties of nested (non-collection) objects. An indexed collection or array
 * property gets a multi index, keyed by its elements; a {@code Point} property (or a
 * collection of them) a geospatial index.
 */
public class IndexResolver {

	private final QuireMappingContext mappingContext;

	public IndexResolver(QuireMappingContext mappingContext) {
		Assert.notNull(mappingContext, "mappingContext must not be null");
		this.mappingContext = mappingContext;
	}

	/** The indexes declared on the entity and on the objects nested in it. */
	public List<IndexDefinition> resolveIndexes(QuirePersistentEntity<?> entity) {
		List<IndexDefinition> indexes = new ArrayList<>();
		collect(entity, List.of(), new HashSet<>(), indexes);
		return indexes;
	}

	/**
	 * The index that covers the given property path, or {@code null} when none does. Only
	 * paths that cross nested objects (no collections) can be covered; the indexed
	 * property itself may be a collection (a multi index).
	 */
	public @Nullable String indexFor(PersistentPropertyPath<QuirePersistentProperty> path) {
		List<String> fields = new ArrayList<>();
		QuirePersistentProperty leaf = path.getLeafProperty();
		for (QuirePersistentProperty property : path) {
			if ((property.isCollectionLike() && property != leaf) || property.isMap()) {
				return null;
			}
			fields.add(property.getFieldName());
		}
		return leaf.isIndexed() ? indexName(leaf, fields) : null;
	}

	private void collect(QuirePersistentEntity<?> entity, List<String> prefix, Set<Class<?>> visiting,
			List<IndexDefinition> indexes) {
		if (!visiting.add(entity.getType())) {
			return;
		}
		for (QuirePersistentProperty property : entity) {
			List<String> path = append(prefix, property.getFieldName());
			if (property.isIndexed() && !property.isIdProperty()) {
				indexes.add(new IndexDefinition(indexName(property, path), path, property.isCollectionLike(),
						QuireSimpleTypes.isGeometry(property.getActualType())));
			}
			if (property.isEntity() && !property.isCollectionLike() && !property.isMap()) {
				collect(this.mappingContext.getRequiredPersistentEntity(property), path, visiting, indexes);
			}
		}
		visiting.remove(entity.getType());
	}

	private static String indexName(QuirePersistentProperty property, List<String> path) {
		String declared = property.getDeclaredIndexName();
		return (declared != null) ? declared : String.join("_", path);
	}

	private static List<String> append(List<String> prefix, String field) {
		List<String> path = new ArrayList<>(prefix);
		path.add(field);
		return path;
	}

}
