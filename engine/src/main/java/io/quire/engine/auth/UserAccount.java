package io.quire.engine.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.quire.protocol.handshake.ScramCredential;
import org.jspecify.annotations.Nullable;

/**
 * One user: its SCRAM credential and its grants at each scope. Immutable.
 *
 * @param credential the salted SCRAM-SHA-256 keys (never the password)
 * @param passwordSet whether the password is not empty (what the users table shows)
 * @param global the grants at the global scope
 * @param databases the grants per database id
 * @param tables the grants per table id
 */
public record UserAccount(ScramCredential credential, boolean passwordSet, Permissions global,
		Map<UUID, Permissions> databases, Map<UUID, TableGrant> tables) {

	/**
	 * The grants on one table.
	 *
	 * @param database the id of the table's database
	 * @param permissions the grants
	 */
	public record TableGrant(UUID database, Permissions permissions) {
	}

	public UserAccount {
		Objects.requireNonNull(credential, "credential must not be null");
		databases = Map.copyOf(databases);
		tables = Map.copyOf(tables);
	}

	/** A user with a password and no grants. */
	public static UserAccount of(ScramCredential credential, boolean passwordSet) {
		return new UserAccount(credential, passwordSet, Permissions.NONE, Map.of(), Map.of());
	}

	public UserAccount withCredential(ScramCredential credential, boolean passwordSet) {
		return new UserAccount(credential, passwordSet, this.global, this.databases, this.tables);
	}

	/** The grants at a scope ({@link Permissions#NONE} where none is set). */
	public Permissions permissions(Scope scope) {
		if (scope.isGlobal()) {
			return this.global;
		}
		if (scope.isTable()) {
			TableGrant grant = this.tables.get(scope.table());
			return (grant != null) ? grant.permissions() : Permissions.NONE;
		}
		return this.databases.getOrDefault(scope.database(), Permissions.NONE);
	}

	/** This user with the grants at a scope replaced; empty grants are removed. */
	public UserAccount withPermissions(Scope scope, Permissions permissions) {
		if (scope.isGlobal()) {
			return new UserAccount(this.credential, this.passwordSet, permissions, this.databases, this.tables);
		}
		if (scope.isTable()) {
			Map<UUID, TableGrant> tables = new LinkedHashMap<>(this.tables);
			put(tables, scope.table(), permissions.isEmpty() ? null : new TableGrant(scope.database(), permissions));
			return new UserAccount(this.credential, this.passwordSet, this.global, this.databases, tables);
		}
		Map<UUID, Permissions> databases = new LinkedHashMap<>(this.databases);
		put(databases, scope.database(), permissions.isEmpty() ? null : permissions);
		return new UserAccount(this.credential, this.passwordSet, this.global, databases, this.tables);
	}

	private static <V> void put(Map<UUID, V> map, @Nullable UUID key, @Nullable V value) {
		if (value == null) {
			map.remove(key);
		}
		else {
			map.put(key, value);
		}
	}

}
