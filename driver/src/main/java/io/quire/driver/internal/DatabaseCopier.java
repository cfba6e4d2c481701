package io.quire.driver.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.Cursor;
import io.quire.driver.HostAndPort;
import io.quire.driver.Quire;
import io.quire.driver.QuireProtocolException;
import io.quire.driver.TargetSessionAttrs;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * pymongo's {@code copy_database}: creates the target database, then each table of the
 * source with its primary key, documents and secondary indexes. On one server the
 * documents are copied by the server itself; from another host they are streamed through
 * the driver in batches.
 */
public final class DatabaseCopier {

	/** Documents per insert when copying between servers. */
	static final int BATCH_SIZE = 1000;

	private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Object>> SUMMARY = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, @Nullable Object>> DOCUMENT = new TypeReference<>() {
	};

	private static final TypeReference<List<Map<String, Object>>> STATUSES = new TypeReference<>() {
	};

	private final Connection source;

	private final Connection target;

	private final String from;

	private final String to;

	private DatabaseCopier(Connection source, Connection target, String from, String to) {
		this.source = source;
		this.target = target;
		this.from = Objects.requireNonNull(from, "from must not be null");
		this.to = Objects.requireNonNull(to, "to must not be null");
	}

	/** Copy a database within the server of {@code connection}. */
	public static Map<String, Object> sameServer(Connection connection, String from, String to) {
		return new DatabaseCopier(connection, connection, from, to).copy();
	}

	/**
	 * Copy a database from {@code fromHost}, logging in there as {@code username}
	 * ({@code admin} when {@code null}) with {@code password} (empty when {@code null}).
	 */
	public static Map<String, Object> fromHost(Connection target, String from, String to, HostAndPort fromHost,
			@Nullable String username, @Nullable String password) {
		Objects.requireNonNull(fromHost, "fromHost must not be null");
		ConnectionOptions sourceOptions = target.options()
			.mutate()
			.hosts(List.of(fromHost))
			.hostaddr()
			.user((username != null) ? username : "admin")
			.password((password != null) ? password : "")
			.targetSessionAttrs(TargetSessionAttrs.ANY)
			.documentClass(Map.class)
			.build();
		try (Connection source = ConnectionFactory.create(sourceOptions).connect()) {
			return new DatabaseCopier(source, target, from, to).copy();
		}
	}

	private Map<String, Object> copy() {
		List<String> tables = Quire.r.db(this.from).tableList().runAtom(this.source, NAMES);
		Quire.r.dbCreate(this.to).runAtom(this.target, SUMMARY);
		long documents = 0;
		for (String table : tables) {
			documents += copyTable(table);
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("tables_copied", (long) tables.size());
		result.put("documents_copied", documents);
		return result;
	}

	private long copyTable(String table) {
		Map<String, Object> info = Quire.r.db(this.from).table(table).info().runAtom(this.source, SUMMARY);
		Object primaryKey = info.getOrDefault("primary_key", "id");
		Quire.r.db(this.to).tableCreate(table).optArg("primary_key", primaryKey).runAtom(this.target, SUMMARY);
		long copied = (this.source == this.target) ? copyOnServer(table) : stream(table);
		copyIndexes(table);
		return copied;
	}

	private long copyOnServer(String table) {
		Map<String, Object> inserted = Quire.r.db(this.to)
			.table(table)
			.insert(Quire.r.db(this.from).table(table))
			.runAtom(this.target, SUMMARY);
		return ((Number) inserted.getOrDefault("inserted", 0L)).longValue();
	}

	private long stream(String table) {
		long copied = 0;
		List<Map<String, @Nullable Object>> batch = new ArrayList<>(BATCH_SIZE);
		try (Cursor<Map<String, @Nullable Object>> rows = Quire.r.db(this.from)
			.table(table)
			.run(this.source, DOCUMENT)) {
			for (Map<String, @Nullable Object> row : rows) {
				batch.add(row);
				if (batch.size() == BATCH_SIZE) {
					copied += insert(table, batch);
					batch.clear();
				}
			}
		}
		return batch.isEmpty() ? copied : copied + insert(table, batch);
	}

	private long insert(String table, List<Map<String, @Nullable Object>> documents) {
		Map<String, Object> inserted = Quire.r.db(this.to)
			.table(table)
			.insert(Quire.r.expr(documents))
			.runAtom(this.target, SUMMARY);
		return ((Number) inserted.getOrDefault("inserted", 0L)).longValue();
	}

	/**
	 * Recreate each secondary index from its {@code indexStatus} function and wait until
	 * all are ready.
	 */
	private void copyIndexes(String table) {
		List<Map<String, Object>> indexes = Quire.r.db(this.from)
			.table(table)
			.indexStatus()
			.runAtom(this.source, STATUSES);
		for (Map<String, Object> index : indexes) {
			Quire.r.db(this.to)
				.table(table)
				.indexCreate((String) index.get("index"), binary(index.get("function")))
				.optArg("multi", Boolean.TRUE.equals(index.get("multi")))
				.runAtom(this.target, SUMMARY);
		}
		if (!indexes.isEmpty()) {
			Quire.r.db(this.to).table(table).indexWait().runAtom(this.target, STATUSES);
		}
	}

	/**
	 * The bytes of a BINARY read into a plain map: {@code byte[]}, or the pseudo-type
	 * object as sent.
	 */
	private static byte[] binary(@Nullable Object value) {
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
