package io.quire.engine.system;

import java.util.List;

/**
 * The members of this server's replicated group, itself included, as it knows them now;
 * empty for a single server, whose system tables show its one row.
 */
@FunctionalInterface
public interface Members {

	/** A single server's: no group. */
	Members NONE = List::of;

	List<Member> list();

}
