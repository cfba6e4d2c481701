package io.quire.driver.internal;

import java.util.List;
import java.util.Map;

import io.quire.driver.Connection;
import io.quire.driver.Quire;
import tools.jackson.core.type.TypeReference;

/**
 * The database administration of {@link Connection} (pymongo's {@code database_names},
 * {@code drop_database}, {@code copy_database}), written with the query builder.
 */
final class ConnectionAdmin {

	private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Object>> SUMMARY = new TypeReference<>() {
	};

	private ConnectionAdmin() {
	}

	static List<String> databaseNames(Connection connection) {
		return Quire.r.dbList().runAtom(connection, NAMES);
	}

	static Map<String, Object> dropDatabase(Connection connection, String name) {
		return Quire.r.dbDrop(name).runAtom(connection, SUMMARY);
	}

	static Map<String, Object> copyDatabase(Connection connection, String from, String to) {
		return DatabaseCopier.sameServer(connection, from, to);
	}

}
