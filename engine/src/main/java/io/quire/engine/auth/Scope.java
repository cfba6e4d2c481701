package io.quire.engine.auth;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where a grant applies: everywhere, one database, or one table of a database.
 *
 * @param database the database's id, {@code null} for the global scope
 * @param table the table's id, {@code null} for the global and database scopes
 */
public record Scope(@Nullable UUID database, @Nullable UUID table) {

	/** The global scope. */
	public static final Scope GLOBAL = new Scope(null, null);

	/** The id RethinkDB-style grants give the {@code rethinkdb} system database. */
	public static final UUID SYSTEM_DATABASE_ID = UUID.nameUUIDFromBytes("rethinkdb".getBytes(StandardCharsets.UTF_8));

	public static Scope database(UUID database) {
		return new Scope(database, null);
	}

	public static Scope table(UUID database, UUID table) {
		return new Scope(database, table);
	}

	public boolean isGlobal() {
		return this.database == null;
	}

	public boolean isTable() {
		return this.table != null;
	}

}
