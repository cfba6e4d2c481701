package io.quire.engine.catalog;

/**
 * Receives a table's committed changes, on the writer's thread and in commit order per
 * document. Implementations must not block: a changefeed queues the change and returns.
 */
public interface ChangeListener {

	void onChange(Table table, Change change);

	/** The table was dropped (or its database); the feed ends with RethinkDB's error. */
	default void onDropped(Table table) {
	}

	/**
	 * The table is no longer served here as it was: this member of a replicated group
	 * stopped being the primary, or is closing. The feed ends with RethinkDB's error, so
	 * that the client reopens it.
	 */
	default void onUnavailable(Table table) {
	}

}
