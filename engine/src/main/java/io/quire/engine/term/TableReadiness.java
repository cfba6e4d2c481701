package io.quire.engine.term;

import java.util.List;
import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.Table;

/**
 * What {@code wait} waits for: until the status of each table (with every member's
 * replica in a replicated group) shows the readiness asked for, or the timeout passes. A
 * single server's tables are always ready, so it answers at once.
 */
final class TableReadiness {

	static final List<String> STATES = List.of("ready_for_outdated_reads", "ready_for_reads", "ready_for_writes",
			"all_replicas_ready");

	private static final long POLL_MILLIS = 50;

	private TableReadiness() {
	}

	/**
	 * Waits until every table is ready.
	 * @param state one of {@link #STATES}
	 * @param timeoutSeconds the bound, or a negative number for none
	 * @throws QueryException OP_FAILED when the timeout passed first
	 */
	static void await(QueryContext context, List<Table> tables, String state, double timeoutSeconds) {
		long deadline = System.nanoTime() + (long) (timeoutSeconds * 1e9);
		for (Table table : tables) {
			while (!ready(context.tableStatus(table), state)) {
				if (timeoutSeconds >= 0 && System.nanoTime() - deadline > 0) {
					throw QueryException.opFailed("Timed out while waiting for tables.");
				}
				pause();
			}
		}
	}

	private static boolean ready(Map<String, Object> status, String state) {
		return status.get("status") instanceof Map<?, ?> flags && Boolean.TRUE.equals(flags.get(state));
	}

	private static void pause() {
		try {
			Thread.sleep(POLL_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw QueryException.opFailed("Interrupted while waiting for tables.");
		}
	}

}
