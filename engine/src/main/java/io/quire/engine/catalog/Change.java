package io.quire.engine.catalog;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One committed change to one document: {@code oldValue} null for an insert,
 * {@code newValue} null for a delete, both set (and different) for a replace. Documents
 * are plain datums (see {@code io.quire.engine.query} for the datum model).
 */
public record Change(@Nullable Map<String, Object> oldValue, @Nullable Map<String, Object> newValue) {

	/** Whether the write left the document as it was (or absent as it was). */
	public boolean isUnchanged() {
		return java.util.Objects.equals(this.oldValue, this.newValue);
	}

}
