package io.quire.engine.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.quire.engine.QueryException;
import io.quire.engine.QuerySession;
import io.quire.engine.auth.UserAccount;
import io.quire.engine.auth.Users;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Printer;
import io.quire.protocol.handshake.ScramCredential;
import org.jspecify.annotations.Nullable;

/**
 * {@code users}: one row {@code {id, password}} per user, the password shown only as
 * whether one is set. Inserting a row creates a user, updating its {@code password}
 * changes it, deleting the row removes the user (never {@code admin}).
 */
final class UsersTable implements SystemTable {

	private final Users users;

	UsersTable(Users users) {
		this.users = users;
	}

	@Override
	public String name() {
		return "users";
	}

	@Override
	public List<Map<String, Object>> rows(QuerySession caller) {
		List<Map<String, Object>> rows = new ArrayList<>();
		this.users.accounts().forEach((name, account) -> rows.add(row(name, account)));
		return rows;
	}

	private static Map<String, Object> row(String name, UserAccount account) {
		return Datums.object("id", name, "password", account.passwordSet());
	}

	@Override
	public @Nullable Map<String, Object> write(@Nullable Map<String, Object> before,
			@Nullable Map<String, Object> after, QuerySession caller) {
		if (after == null) {
			this.users.delete(String.valueOf(before.get("id")));
			return null;
		}
		Object id = after.get("id");
		if (!(id instanceof String name)) {
			throw QueryException.opFailed("Expected a username as the primary key, got " + Printer.json(id) + ".");
		}
		checkKeys(after);
		UserAccount current = this.users.account(name);
		Object password = after.get("password");
		if (!Boolean.TRUE.equals(password) || current == null || !current.passwordSet()) {
			setPassword(name, password);
		}
		return row(name, this.users.account(name));
	}

	/** A user's id is its name: RethinkDB refuses one the server made up. */
	@Override
	public @Nullable Map<String, Object> insertGenerated(Map<String, Object> after, QuerySession caller) {
		throw QueryException
			.opFailed("Expected a username as the primary key, got " + Printer.json(after.get("id")) + ".");
	}

	private static void checkKeys(Map<String, Object> row) {
		if (!row.containsKey("password")) {
			throw QueryException.opFailed("Expected a field named `password`.");
		}
		if (row.size() != 2) {
			TreeSet<String> keys = new TreeSet<>(row.keySet());
			keys.remove("id");
			keys.remove("password");
			throw QueryException.opFailed("Unexpected key(s) `" + String.join("`, `", keys) + "`.");
		}
	}

	private void setPassword(String name, @Nullable Object password) {
		if (password instanceof String text) {
			this.users.setPassword(name, text);
		}
		else if (password instanceof Map<?, ?> spec) {
			this.users.setCredential(name, PasswordSpec.credential(spec), !PasswordSpec.password(spec).isEmpty());
		}
		else if (Boolean.FALSE.equals(password)) {
			this.users.setCredential(name, ScramCredential.fromPassword(""), false);
		}
		else if (Boolean.TRUE.equals(password)) {
			throw QueryException.opFailed(
					"Expected an object or string to set the password, or `false` to " + "keep it unset, got true.");
		}
		else {
			throw QueryException
				.opFailed("Expected an object, string or boolean for `password`, got " + Printer.json(password) + ".");
		}
	}

}
