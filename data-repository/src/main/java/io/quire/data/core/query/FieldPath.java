package io.quire.data.core.query;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where a property lives in the stored document: the field names from the root, which of
 * them hold arrays of nested documents, and the index that covers the field, if any.
 *
 * @param fields the field names from the document root
 * @param arrayHops the positions in {@code fields} of arrays of nested documents crossed
 * on the way
 * @param index the secondary index covering the field, or {@code null}
 * @param primaryKey whether the field is the table's primary key
 * @param collection whether the field itself holds a collection
 */
record FieldPath(List<String> fields, List<Integer> arrayHops, @Nullable String index, boolean primaryKey,
		boolean collection) {

	static FieldPath raw(List<String> fields) {
		return new FieldPath(fields, List.of(), null, false, false);
	}

	/** Whether equality on the field can be answered by an index. */
	boolean indexed() {
		return this.primaryKey || this.index != null;
	}

	/** The fields up to and including the given position. */
	List<String> head(int inclusiveEnd) {
		return this.fields.subList(0, inclusiveEnd + 1);
	}

	/**
	 * The same path with the fields after the given position, relative to an element of
	 * that array.
	 */
	FieldPath tail(int position) {
		List<Integer> hops = this.arrayHops.stream()
			.filter((hop) -> hop > position)
			.map((hop) -> hop - position - 1)
			.toList();
		return new FieldPath(this.fields.subList(position + 1, this.fields.size()), hops, null, false, this.collection);
	}

}
