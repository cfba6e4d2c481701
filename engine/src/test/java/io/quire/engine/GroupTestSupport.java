package io.quire.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * What the replication tests share: a test's election timeout, and polling for what a
 * group reaches asynchronously (an election, a standby applying an entry).
 */
final class GroupTestSupport {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	/**
	 * Every member of a test group lives in one JVM on two shared cores, where a pause of
	 * a second is common under a parallel build; the default half second would turn such
	 * pauses into elections that move the primary in the middle of a test.
	 */
	private static final Duration ELECTION_TIMEOUT = Duration.ofSeconds(2);

	private GroupTestSupport() {
	}

	/** Waits until the condition holds, failing after 30 seconds. */
	static void await(BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(PATIENCE);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Condition not met within " + PATIENCE);
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	/** Member {@code id}'s settings in a test group, with a test's election timeout. */
	static ClusterOptions member(String id, List<ClusterOptions.Peer> peers) {
		return ClusterOptions.of(id, peers).withElectionTimeout(ELECTION_TIMEOUT);
	}

}
