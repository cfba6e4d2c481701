package io.quire.engine.auth;

import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.quire.engine.catalog.Catalog;
import io.quire.protocol.handshake.ScramCredential;
import io.quire.protocol.json.ReqlJson;
import org.jspecify.annotations.Nullable;

/**
 * The server's users, each kept as a SCRAM-SHA-256 credential (never the password) in the
 * catalog's durable system values. The {@code admin} user always exists. Thread-safe.
 */
public final class Users {

	/** The built-in user that always exists. */
	public static final String ADMIN = "admin";

	private static final String KEY_PREFIX = "user/";

	private final Catalog catalog;

	public Users(Catalog catalog) {
		this.catalog = Objects.requireNonNull(catalog, "catalog must not be null");
	}

	/**
	 * Creates {@code admin} with the given password unless it already exists (a restart
	 * keeps the password it had).
	 * @return whether admin was created now
	 */
	public synchronized boolean createAdminIfAbsent(String initialPassword) {
		Objects.requireNonNull(initialPassword, "initialPassword must not be null");
		if (credential(ADMIN) != null) {
			return false;
		}
		setPassword(ADMIN, initialPassword);
		return true;
	}

	/** Sets (or creates the user with) a password. */
	public void setPassword(String user, String password) {
		Objects.requireNonNull(user, "user must not be null");
		Objects.requireNonNull(password, "password must not be null");
		this.catalog.putSystemValue(KEY_PREFIX + user, encode(ScramCredential.fromPassword(password)));
	}

	/** The credential of a user, or {@code null} if there is no such user. */
	public @Nullable ScramCredential credential(String user) {
		byte[] stored = this.catalog.systemValue(KEY_PREFIX + user);
		return (stored != null) ? decode(stored) : null;
	}

	private static byte[] encode(ScramCredential credential) {
		Base64.Encoder base64 = Base64.getEncoder();
		Map<String, Object> fields = new TreeMap<>();
		fields.put("iterations", credential.iterations());
		fields.put("salt", base64.encodeToString(credential.salt()));
		fields.put("server_key", base64.encodeToString(credential.serverKey()));
		fields.put("stored_key", base64.encodeToString(credential.storedKey()));
		return ReqlJson.write(fields);
	}

	private static ScramCredential decode(byte[] stored) {
		Map<?, ?> fields = (Map<?, ?>) Objects.requireNonNull(ReqlJson.read(stored));
		Base64.Decoder base64 = Base64.getDecoder();
		return new ScramCredential(base64.decode((String) fields.get("salt")),
				((Number) fields.get("iterations")).intValue(), base64.decode((String) fields.get("stored_key")),
				base64.decode((String) fields.get("server_key")));
	}

}
