package io.quire.driver.internal;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quire.driver.Connection;
import io.quire.driver.Quire;
import io.quire.driver.QuireProtocolException;
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

	private static final TypeReference<List<Map<String, Object>>> STATUSES = new TypeReference<>() {
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
		List<String> tables = Quire.r.db(from).tableList().runAtom(connection, NAMES);
		Quire.r.dbCreate(to).runAtom(connection, SUMMARY);
		long documents = 0;
		for (String table : tables) {
			documents += copyTable(connection, from, to, table);
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("tables_copied", (long) tables.size());
		result.put("documents_copied", documents);
		return result;
	}

	private static long copyTable(Connection connection, String from, String to, String table) {
		Map<String, Object> info = Quire.r.db(from).table(table).info().runAtom(connection, SUMMARY);
		Object primaryKey = info.getOrDefault("primary_key", "id");
		Quire.r.db(to).tableCreate(table).optArg("primary_key", primaryKey).runAtom(connection, SUMMARY);
		Map<String, Object> inserted = Quire.r.db(to)
			.table(table)
			.insert(Quire.r.db(from).table(table))
			.runAtom(connection, SUMMARY);
		copyIndexes(connection, from, to, table);
		return ((Number) inserted.getOrDefault("inserted", 0L)).longValue();
	}

	/**
	 * Recreate each secondary index from its {@code indexStatus} function and wait until
	 * all are ready.
	 */
	private static void copyIndexes(Connection connection, String from, String to, String table) {
		List<Map<String, Object>> indexes = Quire.r.db(from).table(table).indexStatus().runAtom(connection, STATUSES);
		for (Map<String, Object> index : indexes) {
			Quire.r.db(to)
				.table(table)
				.indexCreate((String) index.get("index"), binary(index.get("function")))
				.optArg("multi", Boolean.TRUE.equals(index.get("multi")))
				.runAtom(connection, SUMMARY);
		}
		if (!indexes.isEmpty()) {
			Quire.r.db(to).table(table).indexWait().runAtom(connection, STATUSES);
		}
	}

	/**
	 * The bytes of a BINARY read into a plain map: {@code byte[]}, or the pseudo-type
	 * object as sent.
	 */
	private static byte[] binary(Object value) {
		if (value instanceof byte[] bytes) {
			return bytes;
		}
		if (value instanceof Map<?, ?> pseudo && "BINARY".equals(pseudo.get("$reql_type$"))
				&& pseudo.get("data") instanceof String data) {
			return Base64.getMimeDecoder().decode(data);
		}
		throw new QuireProtocolException("Expected the BINARY function of an index status but got " + value);
	}

}
