package io.quire.engine.system;

import java.util.concurrent.atomic.LongAdder;

/**
 * The queries the server has run since start, counted on the query path with a
 * {@link LongAdder} (documents are counted per table, in
 * {@link io.quire.engine.catalog.TableActivity}).
 */
public final class QueryActivity {

	private final LongAdder queries = new LongAdder();

	/** Counts one query started. */
	public void query() {
		this.queries.increment();
	}

	public long queriesTotal() {
		return this.queries.sum();
	}

}
