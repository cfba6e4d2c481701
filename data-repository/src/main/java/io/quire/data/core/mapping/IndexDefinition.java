package io.quire.data.core.mapping;

import java.util.List;

import org.springframework.util.Assert;

/**
 * A secondary index over one field of a document, possibly inside nested objects. A field
 * that holds a collection gets a multi index: each element is a key of the document.
 *
 * @param name the index name
 * @param fieldPath the field names from the document root to the indexed field
 * @param multi whether the field holds a collection whose elements are the keys
 * @param geo whether the field holds geometries ({@code Point}s), indexed by a geospatial
 * index
 */
public record IndexDefinition(String name, List<String> fieldPath, boolean multi, boolean geo) {

	public IndexDefinition {
		Assert.hasText(name, "name must not be empty");
		Assert.notEmpty(fieldPath, "fieldPath must not be empty");
		fieldPath = List.copyOf(fieldPath);
	}

	/** An index on plain values, multi or not. */
	public IndexDefinition(String name, List<String> fieldPath, boolean multi) {
		this(name, fieldPath, multi, false);
	}

	/** A simple (not multi) index. */
	public IndexDefinition(String name, List<String> fieldPath) {
		this(name, fieldPath, false);
	}

}
