package io.quire.bench;

import java.util.List;
import java.util.Map;

/**
 * One system under test, seen as YCSB sees a database: point reads, inserts, updates of
 * one field and short range scans over a table of documents keyed by a string.
 * Implementations are thread-safe; writes use the durability the store was opened with.
 */
public interface Store extends AutoCloseable {

	/** Drop the benchmark table if it exists and create it empty. */
	void recreateTable();

	/** Insert one document. */
	void insert(String key, Map<String, Object> fields);

	/** Insert documents in one request; each map holds its key under {@code "id"}. */
	void insertBatch(List<Map<String, Object>> documents);

	/** Read a whole document, or fail when it is missing. */
	Map<String, Object> read(String key);

	/** Set one field of an existing document. */
	void update(String key, String field, String value);

	/**
	 * Read up to {@code count} documents in key order starting at {@code startKey}; the
	 * number read.
	 */
	int scan(String startKey, int count);

	/** A round trip that does no storage work. */
	void noop();

	@Override
	void close();

}
