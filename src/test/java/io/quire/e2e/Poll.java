package io.quire.e2e;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a condition that another process brings about.
 */
final class Poll {

	private static final Duration INTERVAL = Duration.ofMillis(200);

	private Poll() {
	}

	/**
	 * Checks {@code condition} until it holds.
	 * @throws IllegalStateException with {@code state} when it still does not after
	 * {@code timeout}
	 */
	static void until(Duration timeout, BooleanSupplier condition, Supplier<String> state) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Still not there after " + timeout + ": " + state.get());
			}
			Thread.sleep(INTERVAL.toMillis());
		}
	}

}
