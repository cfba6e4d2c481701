package io.quire.engine.catalog;

import java.util.List;
import java.util.Map;

/**
 * Computes the secondary index keys of a document. The query layer compiles an index's
 * stored definition (a ReQL function term) into one of these; the storage layer calls it
 * on every write and while building an index over existing rows.
 */
@FunctionalInterface
public interface IndexKeyFunction {

	/**
	 * The keys under which the document is indexed: none when the function fails or
	 * yields null (the row is left out of the index, as RethinkDB does), one for a plain
	 * index, each element of the returned array for a {@code multi} index.
	 */
	List<Object> keys(Map<String, Object> document);

}
