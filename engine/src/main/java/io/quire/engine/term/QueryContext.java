package io.quire.engine.term;

import java.util.List;
import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.Catalog;
import io.quire.engine.catalog.Durability;
import org.jspecify.annotations.Nullable;

/**
 * What every term of one query shares: the catalog, the default database, the fixed time
 * of {@code r.now()}, the array size limit and the default durability from the global
 * optargs.
 */
public final class QueryContext {

	/** RethinkDB's default {@code array_limit}. */
	public static final int DEFAULT_ARRAY_LIMIT = 100_000;

	private final @Nullable Catalog catalog;

	private final String defaultDatabase;

	private final Map<String, Object> now;

	private final int arrayLimit;

	private final @Nullable Durability durability;

	public QueryContext(@Nullable Catalog catalog, String defaultDatabase, Map<String, Object> now, int arrayLimit,
			@Nullable Durability durability) {
		this.catalog = catalog;
		this.defaultDatabase = defaultDatabase;
		this.now = now;
		this.arrayLimit = arrayLimit;
		this.durability = durability;
	}

	public Catalog catalog() {
		if (this.catalog == null) {
			throw QueryException.queryLogic("Cannot use tables or databases here.");
		}
		return this.catalog;
	}

	public String defaultDatabase() {
		return this.defaultDatabase;
	}

	public Map<String, Object> now() {
		return this.now;
	}

	public int arrayLimit() {
		return this.arrayLimit;
	}

	/** The durability a write uses when it has no optarg of its own. */
	public Durability durability(@Nullable Durability requested) {
		if (requested != null) {
			return requested;
		}
		return (this.durability != null) ? this.durability : Durability.HARD;
	}

	/** Fails with RethinkDB's RESOURCE_LIMIT error when the array is too big. */
	public <T extends List<?>> T checkArray(T array) {
		if (array.size() > this.arrayLimit) {
			throw arrayOverLimit();
		}
		return array;
	}

	public QueryException arrayOverLimit() {
		return QueryException.resourceLimit("Array over size limit `" + this.arrayLimit + "`.");
	}

}
