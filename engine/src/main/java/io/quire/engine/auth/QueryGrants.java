package io.quire.engine.auth;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The table permissions a query was found to hold before it ran, so that opening those
 * tables while it runs costs a map look-up instead of a second check. Filled by one
 * query's check, then only read; not shared between queries.
 */
public final class QueryGrants {

	/** For queries checked by no one (admin, the server's own evaluations). */
	public static final QueryGrants NONE = new QueryGrants();

	private final Map<UUID, Set<Permission>> tables = new HashMap<>();

	void add(UUID table, Permission permission) {
		this.tables.computeIfAbsent(table, (id) -> EnumSet.noneOf(Permission.class)).add(permission);
	}

	/** The permissions the query was found to hold on the table. */
	public Set<Permission> on(UUID table) {
		Set<Permission> granted = this.tables.isEmpty() ? null : this.tables.get(table);
		return (granted != null) ? granted : Set.of();
	}

}
