package io.quire.engine.system;

import java.util.List;
import java.util.UUID;

import io.quire.engine.ClusterOptions;
import io.quire.engine.QueryException;

/**
 * The members of this server's replicated group, itself included, as it knows them now;
 * empty for a single server, whose system tables show its one row. A group's primary also
 * changes them ({@code server_config} inserts and deletes).
 */
@FunctionalInterface
public interface Members {

	/** A single server's: no group. */
	Members NONE = List::of;

	List<Member> list();

	/**
	 * Adds a member to the group, once it caught up with the log.
	 * @throws QueryException OP_FAILED when this server cannot (a single server, a
	 * standby) or the change is unsafe (a duplicate id or address)
	 */
	default void add(ClusterOptions.Peer peer) {
		throw QueryException
			.opFailed("It's illegal to insert new rows into the `rethinkdb.server_config` system table.");
	}

	/**
	 * Removes the member with that server id from the group.
	 * @throws QueryException OP_FAILED when this server cannot (a single server, a
	 * standby) or the change is unsafe (the last member, an unknown one)
	 */
	default void remove(UUID serverId) {
		throw QueryException.opFailed("It's illegal to delete rows from the `rethinkdb.server_config` system table.");
	}

}
