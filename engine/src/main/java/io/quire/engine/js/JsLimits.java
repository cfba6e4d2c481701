package io.quire.engine.js;

import java.time.Duration;

/**
 * What one evaluation or call of JavaScript may use.
 *
 * @param timeout how long it may run (RethinkDB's {@code timeout} optarg, 5 s by default)
 * @param arrayLimit the longest array a result may hold (the query's {@code array_limit})
 * @param memoryLimit the most heap, in bytes, the script may allocate while it runs
 * @param interruption run often while the script runs; throws to stop it (a cancelled
 * query)
 */
public record JsLimits(Duration timeout, int arrayLimit, long memoryLimit, Runnable interruption) {

	/** RethinkDB's default {@code r.js} timeout. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

	/** The timeout as RethinkDB prints it in its error: seconds with three decimals. */
	String describeTimeout() {
		long millis = this.timeout.toMillis();
		return String.format("%d.%03d", millis / 1000, millis % 1000);
	}

}
