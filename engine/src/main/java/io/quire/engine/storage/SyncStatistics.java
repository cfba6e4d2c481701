package io.quire.engine.storage;

/**
 * How often a store synced its write-ahead log, and how many durable writes those syncs
 * carried; their ratio says how well concurrent writers share a sync.
 *
 * @param walSyncs write-ahead log syncs since the store opened, explicit
 * {@link Storage#sync()} calls included
 * @param syncedWrites durable ({@code sync}) write batches and {@link Storage#sync()}
 * calls acknowledged by those syncs (a table's durable write is an unsynced write
 * followed by a sync)
 */
public record SyncStatistics(long walSyncs, long syncedWrites) {

	/** What a store that never syncs (in memory) reports. */
	public static final SyncStatistics NONE = new SyncStatistics(0, 0);

}
