package io.quire.engine.catalog;

import java.util.concurrent.atomic.LongAdder;

/**
 * How many documents queries have read from and written to one table since start, counted
 * on the query path with {@link LongAdder}s so that counting costs no contention.
 */
public final class TableActivity {

	private final LongAdder read = new LongAdder();

	private final LongAdder written = new LongAdder();

	/** Counts one document read. */
	public void read() {
		this.read.increment();
	}

	/** Counts one document written (inserted, replaced or deleted). */
	public void wrote() {
		this.written.increment();
	}

	public long readTotal() {
		return this.read.sum();
	}

	public long writtenTotal() {
		return this.written.sum();
	}

}
