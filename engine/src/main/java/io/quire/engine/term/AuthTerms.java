package io.quire.engine.term;

import java.util.List;
import java.util.UUID;

import io.quire.engine.QueryException;
import io.quire.engine.auth.Authorizer;
import io.quire.engine.auth.Permission;
import io.quire.engine.auth.Scope;
import io.quire.engine.auth.Users;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.Datums;
import io.quire.engine.system.SystemDatabase;
import io.quire.protocol.TermType;

/**
 * GRANT: {@code r.grant(user, permissions)} on the global scope, {@code r.db(x).grant} on
 * a database, {@code r.table(x).grant} on a table, answered as RethinkDB 2.4 does.
 */
final class AuthTerms {

	private AuthTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.GRANT).configures().nondeterministic().args(2, 3).is(AuthTerms::grant);
	}

	private static Object grant(Call call) {
		int first = call.count() - 2;
		String user = call.string(first);
		Object permissions = call.datum(first + 1);
		Scope scope = (call.count() == 3) ? scope(call) : Scope.GLOBAL;
		if (Users.ADMIN.equals(user)) {
			throw QueryException.opFailed("The permissions of the user `" + user + "` can't be modified.");
		}
		call.context().require(Permission.READ, SystemDatabase.NAME, "permissions");
		call.context().require(Permission.WRITE, SystemDatabase.NAME, "permissions");
		Users.Change change = users(call).updatePermissions(user, scope,
				(current) -> current.merge(permissions, scope.isGlobal()));
		return Datums.object("granted", 1.0, "permissions_changes",
				List.of(Datums.object("old_val", change.before().toDatum(), "new_val", change.after().toDatum())));
	}

	private static Scope scope(Call call) {
		Object target = call.arg(0);
		if (target instanceof DbRef db) {
			return Scope.database(authorizer(call).databaseId(db.name()));
		}
		Table table = SelectionTerms.table(call, 0).table();
		UUID database = authorizer(call).databaseId(table.database());
		return Scope.table(database, table.id());
	}

	private static Authorizer authorizer(Call call) {
		Authorizer authorizer = call.context().authorizer();
		if (authorizer == null) {
			throw QueryException.opFailed("Users and permissions are not available here.");
		}
		return authorizer;
	}

	private static Users users(Call call) {
		return authorizer(call).users();
	}

}
