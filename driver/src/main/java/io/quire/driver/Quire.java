package io.quire.driver;

import io.quire.driver.query.Reql;

/**
 * The entry point of the query builder:
 * {@code Quire.r.db("marvel").table("heroes").filter(h -> h.g("age").gt(30))}.
 */
public final class Quire {

	/** The ReQL builder, as {@code r} in every RethinkDB driver. */
	public static final Reql r = new Reql();

	private Quire() {
	}

}
