package io.quire.engine.auth;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.quire.protocol.handshake.ScramCredential;
import io.quire.protocol.json.ReqlJson;

/**
 * Every user and its grants as one JSON document in the catalog's system values: the
 * SCRAM keys in base64, never a password.
 */
final class AccountCodec {

	private AccountCodec() {
	}

	static byte[] encode(Map<String, UserAccount> accounts) {
		Map<String, Object> users = new TreeMap<>();
		accounts.forEach((name, account) -> users.put(name, encode(account)));
		return ReqlJson.write(Map.of("users", users));
	}

	static Map<String, UserAccount> decode(byte[] stored) {
		Map<?, ?> users = (Map<?, ?>) ((Map<?, ?>) ReqlJson.read(stored)).get("users");
		Map<String, UserAccount> accounts = new TreeMap<>();
		users.forEach((name, fields) -> accounts.put((String) name, decodeAccount((Map<?, ?>) fields)));
		return accounts;
	}

	private static Map<String, Object> encode(UserAccount account) {
		Map<String, Object> fields = encodeCredential(account.credential());
		fields.put("password", account.passwordSet());
		fields.put("global", account.global().toDatum());
		Map<String, Object> databases = new TreeMap<>();
		account.databases().forEach((id, permissions) -> databases.put(id.toString(), permissions.toDatum()));
		fields.put("databases", databases);
		Map<String, Object> tables = new TreeMap<>();
		account.tables()
			.forEach((id, grant) -> tables.put(id.toString(),
					Map.of("database", grant.database().toString(), "permissions", grant.permissions().toDatum())));
		fields.put("tables", tables);
		return fields;
	}

	static Map<String, Object> encodeCredential(ScramCredential credential) {
		Base64.Encoder base64 = Base64.getEncoder();
		Map<String, Object> fields = new TreeMap<>();
		fields.put("iterations", credential.iterations());
		fields.put("salt", base64.encodeToString(credential.salt()));
		fields.put("server_key", base64.encodeToString(credential.serverKey()));
		fields.put("stored_key", base64.encodeToString(credential.storedKey()));
		return fields;
	}

	static ScramCredential decodeCredential(Map<?, ?> fields) {
		Base64.Decoder base64 = Base64.getDecoder();
		return new ScramCredential(base64.decode((String) fields.get("salt")),
				((Number) fields.get("iterations")).intValue(), base64.decode((String) fields.get("stored_key")),
				base64.decode((String) fields.get("server_key")));
	}

	private static UserAccount decodeAccount(Map<?, ?> fields) {
		Map<UUID, Permissions> databases = new LinkedHashMap<>();
		((Map<?, ?>) fields.get("databases")).forEach(
				(id, permissions) -> databases.put(UUID.fromString((String) id), Permissions.fromDatum(permissions)));
		Map<UUID, UserAccount.TableGrant> tables = new LinkedHashMap<>();
		((Map<?, ?>) fields.get("tables")).forEach((id, grant) -> {
			Map<?, ?> table = (Map<?, ?>) grant;
			tables.put(UUID.fromString((String) id), new UserAccount.TableGrant(
					UUID.fromString((String) table.get("database")), Permissions.fromDatum(table.get("permissions"))));
		});
		return new UserAccount(decodeCredential(fields), Boolean.TRUE.equals(fields.get("password")),
				Permissions.fromDatum(fields.get("global")), databases, tables);
	}

}
