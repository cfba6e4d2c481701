package io.quire.engine.term;

import java.util.List;
import java.util.Map;

import io.quire.engine.QueryException;
import org.jspecify.annotations.Nullable;

/**
 * Bounds the heap one value that a query builds in memory may take (an array, grouped
 * data, a sort buffer, a set of distinct rows), whatever {@code array_limit} says, so
 * that one query cannot exhaust the server's heap. Values are charged as they are added,
 * at an estimate of their heap size; the estimate errs on the large side.
 */
public final class MemoryBudget {

	/** The least heap an element of an array takes: a reference and a small object. */
	static final long MIN_ELEMENT_BYTES = 16;

	private static final long REFERENCE = 8;

	private static final long BOXED = 24;

	private static final long LIST = 24;

	private static final long MAP = 48;

	private static final long MAP_ENTRY = 48;

	private static final long STRING = 40;

	private final long limit;

	private long used;

	MemoryBudget(long limit) {
		this.limit = limit;
	}

	/** Charges one more element; fails once the value is over the limit. */
	void charge(@Nullable Object element) {
		this.used += REFERENCE + footprint(element);
		if (this.used > this.limit) {
			throw overLimit(this.limit);
		}
	}

	/** RESOURCE_LIMIT, naming the limit and the setting that raises it. */
	static QueryException overLimit(long limit) {
		return QueryException.resourceLimit("Query uses more than the " + describe(limit)
				+ " of memory the server allows per query (setting `max-query-memory`).");
	}

	/** An estimate of the heap a datum takes, shared parts counted each time. */
	static long footprint(@Nullable Object value) {
		if (value instanceof String text) {
			return STRING + 2L * text.length();
		}
		if (value instanceof List<?> list) {
			long bytes = LIST;
			for (Object element : list) {
				bytes += REFERENCE + footprint(element);
			}
			return bytes;
		}
		if (value instanceof Map<?, ?> map) {
			long bytes = MAP;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				bytes += MAP_ENTRY + footprint(entry.getKey()) + footprint(entry.getValue());
			}
			return bytes;
		}
		return (value == null || value instanceof Boolean) ? 0 : BOXED;
	}

	static String describe(long bytes) {
		long mebibytes = bytes / (1024 * 1024);
		return (mebibytes > 0) ? mebibytes + " MiB" : bytes + " bytes";
	}

}
