package io.quire.engine.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.Catalog;
import io.quire.protocol.handshake.ScramCredential;
import io.quire.protocol.json.ReqlJson;
import org.jspecify.annotations.Nullable;

/**
 * The server's users, each kept as a SCRAM-SHA-256 credential (never the password) with
 * its grants, all in one durable system value of the catalog. Reads see an immutable
 * snapshot that every change replaces, so a permission check is a few map look-ups. The
 * {@code admin} user always exists once the server started. Thread-safe.
 */
public final class Users {

	/** The built-in user that always exists. */
	public static final String ADMIN = "admin";

	private static final String STATE_KEY = "auth/users";

	private static final String LEGACY_ADMIN_KEY = "user/admin";

	private final Catalog catalog;

	private volatile Map<String, UserAccount> accounts;

	public Users(Catalog catalog) {
		this.catalog = Objects.requireNonNull(catalog, "catalog must not be null");
		this.accounts = Map.copyOf(load(catalog));
	}

	/**
	 * Re-reads the users from the catalog, after another member changed them (a standby
	 * following its primary).
	 */
	public synchronized void reload() {
		this.accounts = Map.copyOf(load(this.catalog));
	}

	private static Map<String, UserAccount> load(Catalog catalog) {
		byte[] stored = catalog.systemValue(STATE_KEY);
		if (stored != null) {
			return AccountCodec.decode(stored);
		}
		byte[] legacy = catalog.systemValue(LEGACY_ADMIN_KEY);
		if (legacy == null) {
			return Map.of();
		}
		ScramCredential admin = AccountCodec.decodeCredential((Map<?, ?>) ReqlJson.read(legacy));
		return Map.of(ADMIN, UserAccount.of(admin, !admin.matches("")));
	}

	/**
	 * Creates {@code admin} with the given password unless it already exists (a restart
	 * keeps the password it had).
	 * @return whether admin was created now
	 */
	public synchronized boolean createAdminIfAbsent(String initialPassword) {
		Objects.requireNonNull(initialPassword, "initialPassword must not be null");
		if (account(ADMIN) != null) {
			return false;
		}
		setPassword(ADMIN, initialPassword);
		return true;
	}

	/** Sets (or creates the user with) a password, with 4096 iterations. */
	public void setPassword(String user, String password) {
		Objects.requireNonNull(password, "password must not be null");
		setCredential(user, ScramCredential.fromPassword(password), !password.isEmpty());
	}

	/** Sets (or creates the user with) a credential; its grants stay. */
	public synchronized void setCredential(String user, ScramCredential credential, boolean passwordSet) {
		Objects.requireNonNull(user, "user must not be null");
		UserAccount current = account(user);
		UserAccount next = (current != null) ? current.withCredential(credential, passwordSet)
				: UserAccount.of(credential, passwordSet);
		publish(user, next);
	}

	/**
	 * Removes a user and its grants.
	 * @throws QueryException with RethinkDB's message for {@code admin} or an unknown
	 * user
	 */
	public synchronized void delete(String user) {
		if (ADMIN.equals(user)) {
			throw QueryException.opFailed("The user `" + user + "` can't be deleted.");
		}
		if (account(user) == null) {
			throw QueryException.opFailed("User `" + user + "` not found.");
		}
		publish(user, null);
	}

	/**
	 * Changes a user's grants at one scope.
	 * @return the grants before and after
	 * @throws QueryException with RethinkDB's message for {@code admin} or an unknown
	 * user
	 */
	public synchronized Change updatePermissions(String user, Scope scope, UnaryOperator<Permissions> change) {
		if (ADMIN.equals(user)) {
			throw QueryException.opFailed("The permissions of the user `" + user + "` can't be modified.");
		}
		UserAccount account = account(user);
		if (account == null) {
			throw QueryException.opFailed("User `" + user + "` not found.");
		}
		Permissions before = account.permissions(scope);
		Permissions after = change.apply(before);
		publish(user, account.withPermissions(scope, after));
		return new Change(before, after);
	}

	private void publish(String user, @Nullable UserAccount account) {
		Map<String, UserAccount> next = new TreeMap<>(this.accounts);
		if (account == null) {
			next.remove(user);
		}
		else {
			next.put(user, account);
		}
		this.catalog.putSystemValue(STATE_KEY, AccountCodec.encode(next));
		this.accounts = Map.copyOf(next);
	}

	/**
	 * What a grant changed at one scope.
	 *
	 * @param before the grants before
	 * @param after the grants after
	 */
	public record Change(Permissions before, Permissions after) {
	}

	/** The credential of a user, or {@code null} if there is no such user. */
	public @Nullable ScramCredential credential(String user) {
		UserAccount account = account(user);
		return (account != null) ? account.credential() : null;
	}

	/** A user's account, or {@code null} if there is no such user. */
	public @Nullable UserAccount account(String user) {
		return this.accounts.get(user);
	}

	/** The user names, sorted. */
	public List<String> names() {
		List<String> names = new ArrayList<>(this.accounts.keySet());
		names.sort(null);
		return names;
	}

	/** Every user and its account, as of now. */
	public Map<String, UserAccount> accounts() {
		return this.accounts;
	}

}
