package io.quire.data.core.mapping;

import java.util.List;

import org.springframework.util.Assert;

/**
 * A secondary index over one field of a document, possibly inside nested objects.
 *
 * @param name the index name
 * @param fieldPath the field names from the document root to the indexed field
 */
public record IndexDefinition(String name, List<String> fieldPath) {

	public IndexDefinition {
		Assert.hasText(name, "name must not be empty");
		Assert.notEmpty(fieldPath, "fieldPath must not be empty");
		fieldPath = List.copyOf(fieldPath);
	}

}
