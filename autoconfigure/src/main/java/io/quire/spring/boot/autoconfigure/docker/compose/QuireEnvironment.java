package io.quire.spring.boot.autoconfigure.docker.compose;

import java.util.Map;

/**
 * What the environment of a {@code quire/quire-server} container says about logging in:
 * {@code QUIRE_SERVER_INITIAL_PASSWORD} is admin's password (empty when unset, as the
 * server starts), and {@code QUIRE_DATABASE}, a setting for clients only, the database to
 * use ({@code test} by default).
 */
final class QuireEnvironment {

	private final String password;

	private final String database;

	QuireEnvironment(Map<String, String> env) {
		this.password = env.getOrDefault("QUIRE_SERVER_INITIAL_PASSWORD", "");
		this.database = nonEmpty(env.get("QUIRE_DATABASE"), "test");
	}

	private static String nonEmpty(String value, String fallback) {
		return (value == null || value.isBlank()) ? fallback : value;
	}

	String getPassword() {
		return this.password;
	}

	String getDatabase() {
		return this.database;
	}

}
