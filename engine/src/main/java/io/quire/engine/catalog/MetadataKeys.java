package io.quire.engine.catalog;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Keys of the metadata keyspace: {@code db:<name>} holds a database's {@code db_config}
 * row, {@code table:<uuid>} a table's {@link TableMetadata}, {@code system:<key>} others'
 * values, {@code count:<uuid>} and the keys under it a table's durable document count
 * ({@link TableCount}), and {@code catalog:initialized} marks a store whose first start
 * is done.
 */
final class MetadataKeys {

	static final String DATABASE_PREFIX = "db:";

	static final String TABLE_PREFIX = "table:";

	static final byte[] INITIALIZED = bytes("catalog:initialized");

	private MetadataKeys() {
	}

	static byte[] database(String name) {
		return bytes(DATABASE_PREFIX + name);
	}

	static byte[] table(UUID id) {
		return bytes(TABLE_PREFIX + id);
	}

	static byte[] count(UUID id) {
		return bytes("count:" + id);
	}

	static byte[] system(String key) {
		return bytes("system:" + key);
	}

	static byte[] bytes(String key) {
		return key.getBytes(StandardCharsets.UTF_8);
	}

}
