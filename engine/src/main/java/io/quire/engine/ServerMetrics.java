package io.quire.engine;

import java.util.List;
import java.util.Map;

/**
 * A snapshot of a {@link QuireServer}'s activity, for metrics.
 *
 * @param openConnections client sockets open now
 * @param totalConnections client sockets accepted since start
 * @param runningQueries queries being evaluated now
 * @param openCursors server-side cursors (partial results) open now
 * @param queriesByKind queries answered since start, by kind (see {@link QueryListener})
 * @param tables document counts and sizes of every table
 * @param walSyncs write-ahead log syncs since start (0 in memory)
 * @param syncedWrites durable writes those syncs acknowledged (0 in memory); divided by
 * {@code walSyncs} it says how many writers shared a sync
 */
public record ServerMetrics(int openConnections, long totalConnections, int runningQueries, int openCursors,
		Map<String, Long> queriesByKind, List<TableMetrics> tables, long walSyncs, long syncedWrites) {

	public ServerMetrics {
		queriesByKind = Map.copyOf(queriesByKind);
		tables = List.copyOf(tables);
	}

	/**
	 * Size of one table.
	 *
	 * @param database the database name
	 * @param table the table name
	 * @param documents number of documents
	 * @param approximateBytes approximate bytes on disk
	 */
	public record TableMetrics(String database, String table, long documents, long approximateBytes) {
	}

}
