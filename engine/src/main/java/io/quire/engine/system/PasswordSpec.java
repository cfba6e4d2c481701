package io.quire.engine.system;

import java.security.SecureRandom;
import java.util.Map;
import java.util.TreeSet;

import io.quire.engine.QueryException;
import io.quire.engine.datum.Printer;
import io.quire.protocol.handshake.ScramCredential;

/**
 * A {@code {password, iterations}} object of the users table, checked with RethinkDB's
 * messages and turned into a salted SCRAM credential.
 */
final class PasswordSpec {

	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordSpec() {
	}

	static ScramCredential credential(Map<?, ?> spec) {
		Object iterations = spec.get("iterations");
		if (!spec.containsKey("iterations")) {
			throw QueryException.opFailed("Expected a field named `iterations`.");
		}
		if (!(iterations instanceof Number number) || number.doubleValue() < 1
				|| number.doubleValue() != Math.rint(number.doubleValue())
				|| number.doubleValue() > Integer.MAX_VALUE) {
			throw QueryException.opFailed(
					"Expected `iterations` to be an integer greater than zero, got " + Printer.json(iterations) + ".");
		}
		String password = password(spec);
		TreeSet<String> unexpected = new TreeSet<>();
		spec.keySet().forEach((key) -> unexpected.add(String.valueOf(key)));
		unexpected.remove("iterations");
		unexpected.remove("password");
		if (!unexpected.isEmpty()) {
			throw QueryException.opFailed("Unexpected key(s) `" + String.join("`, `", unexpected) + "`.");
		}
		byte[] salt = new byte[ScramCredential.SALT_LENGTH];
		RANDOM.nextBytes(salt);
		return ScramCredential.fromPassword(password, salt, number.intValue());
	}

	static String password(Map<?, ?> spec) {
		if (!spec.containsKey("password")) {
			throw QueryException.opFailed("Expected a field named `password`.");
		}
		if (!(spec.get("password") instanceof String password)) {
			throw QueryException
				.opFailed("Expected `password` to be a string, got " + Printer.json(spec.get("password")) + ".");
		}
		return password;
	}

}
