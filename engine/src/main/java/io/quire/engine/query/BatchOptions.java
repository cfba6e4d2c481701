package io.quire.engine.query;

/**
 * Batch limits of a stream, from the query's global optargs.
 *
 * @param maxRows most rows per batch
 * @param maxBytes most (approximate JSON) bytes per batch
 * @param maxNanos longest time spent filling one batch
 * @param firstBatchScaledown divisor of the byte and time limits for the first batch
 */
public record BatchOptions(long maxRows, long maxBytes, long maxNanos, long firstBatchScaledown) {

	/** RethinkDB's defaults: unlimited rows, 1 MiB, 0.5 s, first batch a quarter. */
	public static final BatchOptions DEFAULTS = new BatchOptions(Long.MAX_VALUE, 1 << 20, 500_000_000L, 4);

	BatchOptions first() {
		long divisor = Math.max(1, this.firstBatchScaledown);
		return new BatchOptions(this.maxRows, Math.max(1, this.maxBytes / divisor),
				Math.max(1, this.maxNanos / divisor), divisor);
	}

}
