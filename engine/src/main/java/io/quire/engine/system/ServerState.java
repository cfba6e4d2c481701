package io.quire.engine.system;

import java.time.Instant;
import java.util.UUID;

import io.quire.engine.catalog.Catalog;
import io.quire.engine.query.RunningQueries;

/**
 * What the server-wide system tables read: the server's id and version, when it started,
 * its catalog, log, running queries and query counters.
 *
 * @param id the server's id, kept in storage
 * @param version the version as {@code server_status} shows it, e.g. {@code rethinkdb
 * 2.4.4-quire-0.1.0 (...)}
 * @param startedAt when the engine opened
 * @param catalog databases and tables, and the server's name
 * @param log the recent log entries
 * @param queries the queries running now
 * @param activity the counters of queries and documents
 * @param members the members of its replicated group, none for a single server
 */
public record ServerState(UUID id, String version, Instant startedAt, Catalog catalog, ServerLog log,
		RunningQueries queries, QueryActivity activity, Members members) {

	/** The state of a single server. */
	public ServerState(UUID id, String version, Instant startedAt, Catalog catalog, ServerLog log,
			RunningQueries queries, QueryActivity activity) {
		this(id, version, startedAt, catalog, log, queries, activity, Members.NONE);
	}

}
