package io.quire.engine.auth;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.Catalog;
import io.quire.protocol.ErrorType;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a user holds a permission, as RethinkDB 2.4 does: a table grant wins
 * over a database grant, which wins over the global one; {@code write} also needs
 * {@code read}; the {@code rethinkdb} database inherits nothing from the global scope;
 * {@code admin} holds everything. Reads the users' current snapshot, so a check costs a
 * few map look-ups. Thread-safe.
 */
public final class Authorizer {

	private static final String SYSTEM_DATABASE = "rethinkdb";

	private final Users users;

	private final Catalog catalog;

	public Authorizer(Users users, Catalog catalog) {
		this.users = Objects.requireNonNull(users, "users must not be null");
		this.catalog = Objects.requireNonNull(catalog, "catalog must not be null");
	}

	public Users users() {
		return this.users;
	}

	/**
	 * Fails unless the user holds the permission.
	 * @param database the database's name, {@code null} for the global scope
	 * @param table the table's name, {@code null} for the database (or global) scope
	 * @throws QueryException a PERMISSION_ERROR with RethinkDB's message
	 */
	public void check(String user, Permission permission, @Nullable String database, @Nullable String table) {
		if (!allowed(user, permission, database, table)) {
			throw denied(user, permission);
		}
	}

	/** Whether the user holds the permission; names as for {@link #check}. */
	public boolean allowed(String user, Permission permission, @Nullable String database, @Nullable String table) {
		if (Users.ADMIN.equals(user)) {
			return true;
		}
		return allowed(user, permission, database, () -> databaseId(Objects.requireNonNull(database)),
				(database != null && table != null) ? tableId(database, table) : null);
	}

	/**
	 * Whether the user holds the permission on the table or database of these ids.
	 * @param database the database's name, {@code null} for the global scope
	 * @param databaseId the database's id, asked only when the user has database grants
	 * @param table the table id, {@code null} for the database (or global) scope
	 */
	public boolean allowed(String user, Permission permission, @Nullable String database, Supplier<UUID> databaseId,
			@Nullable UUID table) {
		if (Users.ADMIN.equals(user)) {
			return true;
		}
		UserAccount account = this.users.account(user);
		if (account == null) {
			return false;
		}
		Resolution resolution = new Resolution(account, database, databaseId, table);
		return switch (permission) {
			case READ -> resolution.holds(Permission.READ);
			case WRITE -> resolution.holds(Permission.READ) && resolution.holds(Permission.WRITE);
			case CONFIG -> resolution.holds(Permission.CONFIG);
			case CONNECT -> Boolean.TRUE.equals(account.global().connect());
		};
	}

	/** The PERMISSION_ERROR RethinkDB answers. */
	public static QueryException denied(String user, Permission permission) {
		return QueryException.runtime(ErrorType.PERMISSION_ERROR,
				"User `" + user + "` does not have the required `" + permission.key() + "` permission.");
	}

	/** The id grants use for a database. */
	public UUID databaseId(String database) {
		if (SYSTEM_DATABASE.equals(database)) {
			return Scope.SYSTEM_DATABASE_ID;
		}
		return UUID.fromString((String) this.catalog.database(database).get("id"));
	}

	/** The id grants use for a table (system tables included). */
	public UUID tableId(String database, String table) {
		if (SYSTEM_DATABASE.equals(database)) {
			return systemTableId(table);
		}
		return this.catalog.table(database, table).id();
	}

	/** The id of a table of the {@code rethinkdb} database. */
	public static UUID systemTableId(String table) {
		return UUID.nameUUIDFromBytes((SYSTEM_DATABASE + "." + table).getBytes(StandardCharsets.UTF_8));
	}

	/** One user's grants walked from the table up to the global scope. */
	private record Resolution(UserAccount account, @Nullable String database, Supplier<UUID> databaseId,
			@Nullable UUID table) {

		boolean holds(Permission permission) {
			if (this.table != null) {
				UserAccount.TableGrant grant = this.account.tables().get(this.table);
				Boolean value = (grant != null) ? grant.permissions().get(permission) : null;
				if (value != null) {
					return value;
				}
			}
			if (this.database != null && !this.account.databases().isEmpty()) {
				Permissions grants = this.account.databases().get(this.databaseId.get());
				Boolean value = (grants != null) ? grants.get(permission) : null;
				if (value != null) {
					return value;
				}
			}
			if (SYSTEM_DATABASE.equals(this.database)) {
				return false;
			}
			return Boolean.TRUE.equals(this.account.global().get(permission));
		}

	}

}
