package io.quire.engine.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.engine.QuerySession;
import io.quire.engine.auth.Permissions;
import io.quire.engine.auth.Scope;
import io.quire.engine.auth.UserAccount;
import io.quire.engine.auth.Users;
import io.quire.engine.catalog.Catalog;
import org.jspecify.annotations.Nullable;

/**
 * {@code permissions}: one row per user and scope that grants something, with ids
 * {@code [user]}, {@code [user, database id]} and {@code [user, database id, table id]},
 * plus the {@code database} and {@code table} names. {@code admin}'s rows are shown as
 * RethinkDB shows them and cannot be changed. Writing a row grants, deleting it revokes.
 */
final class PermissionsTable implements SystemTable {

	private final Users users;

	private final ScopeNames names;

	PermissionsTable(Users users, Catalog catalog, SystemDatabase system) {
		this.users = users;
		this.names = new ScopeNames(catalog, system);
	}

	@Override
	public String name() {
		return "permissions";
	}

	@Override
	public List<Map<String, Object>> rows(QuerySession caller) {
		ScopeNames.Snapshot names = this.names.snapshot();
		List<Map<String, Object>> rows = new ArrayList<>();
		rows.add(PermissionRows.row(Users.ADMIN, Scope.GLOBAL, Permissions.ALL, names));
		rows.add(PermissionRows.row(Users.ADMIN, Scope.database(Scope.SYSTEM_DATABASE_ID),
				new Permissions(true, true, true, null), names));
		this.users.accounts().forEach((user, account) -> {
			if (!Users.ADMIN.equals(user)) {
				addRows(rows, user, account, names);
			}
		});
		rows.removeIf((row) -> row == null);
		return rows;
	}

	private static void addRows(List<Map<String, Object>> rows, String user, UserAccount account,
			ScopeNames.Snapshot names) {
		rows.add(PermissionRows.row(user, Scope.GLOBAL, account.global(), names));
		account.databases()
			.forEach((id, permissions) -> rows.add(PermissionRows.row(user, Scope.database(id), permissions, names)));
		account.tables()
			.forEach((id, grant) -> rows
				.add(PermissionRows.row(user, Scope.table(grant.database(), id), grant.permissions(), names)));
	}

	@Override
	public @Nullable Map<String, Object> write(@Nullable Map<String, Object> before,
			@Nullable Map<String, Object> after, QuerySession caller) {
		Map<String, Object> row = (after != null) ? after : before;
		ScopeNames.Snapshot names = this.names.snapshot();
		PermissionRows.Key key = PermissionRows.parseKey(row.get("id"), names);
		if (Users.ADMIN.equals(key.user())) {
			throw QueryException.opFailed("The permissions of the user `" + key.user() + "` can't be modified.");
		}
		if (this.users.account(key.user()) == null) {
			throw QueryException.opFailed("No user named `" + key.user() + "`.");
		}
		if (after == null) {
			this.users.updatePermissions(key.user(), key.scope(), (current) -> Permissions.NONE);
			return null;
		}
		Object grants = PermissionRows.checkRow(after, key, names);
		Permissions now = this.users
			.updatePermissions(key.user(), key.scope(), (current) -> current.merge(grants, key.scope().isGlobal()))
			.after();
		return PermissionRows.row(key.user(), key.scope(), now, names);
	}

}
