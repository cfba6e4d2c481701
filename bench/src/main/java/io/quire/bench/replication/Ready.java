package io.quire.bench.replication;

import java.time.Duration;

import io.quire.driver.QuireException;

/** Waits for a group to elect a primary: retries an action until it succeeds. */
final class Ready {

	private Ready() {
	}

	/**
	 * Runs the action until it throws no {@link QuireException}, for at most the bound.
	 */
	static void await(Duration bound, Runnable action) {
		long deadline = System.nanoTime() + bound.toNanos();
		while (true) {
			try {
				action.run();
				return;
			}
			catch (QuireException ex) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("not ready within " + bound, ex);
				}
				pause(100);
			}
		}
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
