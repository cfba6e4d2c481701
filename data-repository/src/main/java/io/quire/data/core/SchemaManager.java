package io.quire.data.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.quire.data.core.mapping.IndexDefinition;
import io.quire.data.core.mapping.IndexResolver;
import io.quire.data.core.mapping.QuireMappingContext;
import io.quire.data.core.mapping.QuirePersistentEntity;
import io.quire.driver.Connection;
import io.quire.driver.QuirePermissionException;
import io.quire.driver.QuireRuntimeException;
import io.quire.driver.query.ReqlExpr;
import io.quire.driver.query.ReqlFunction1;
import io.quire.driver.query.Table;
import tools.jackson.core.type.TypeReference;

import static io.quire.driver.Quire.r;

/**
 * Creates the databases, tables and {@code @Indexed} secondary indexes entities need,
 * once per table and template.
 */
final class SchemaManager {

	private final QuireMappingContext mappingContext;

	private final IndexResolver indexResolver;

	private final IndexStatusCache indexStatus;

	private final Set<String> ready = ConcurrentHashMap.newKeySet();

	SchemaManager(QuireMappingContext mappingContext, IndexStatusCache indexStatus) {
		this.mappingContext = mappingContext;
		this.indexResolver = new IndexResolver(mappingContext);
		this.indexStatus = indexStatus;
	}

	/** Creates what is missing for the entity's table, unless that was already done. */
	void ensure(Connection connection, QuirePersistentEntity<?> entity, String database) {
		String key = database + "." + entity.getTable();
		if (this.ready.contains(key)) {
			return;
		}
		createDatabaseIfMissing(connection, database);
		createTableIfMissing(connection, entity, database);
		if (this.mappingContext.isAutoIndexCreation()) {
			createIndexesIfMissing(connection, entity, database);
		}
		this.ready.add(key);
	}

	/**
	 * Forgets that the table was ready, and the status of its indexes, after it or one of
	 * its indexes was found missing or before it is created or dropped.
	 */
	void forget(String database, String table) {
		this.ready.remove(database + "." + table);
		this.indexStatus.forget(database, table);
	}

	/**
	 * Creates the entity's missing indexes and waits for them. A simple index that an
	 * earlier version made for an indexed collection is dropped and made again as a multi
	 * index.
	 */
	void createIndexesIfMissing(Connection connection, QuirePersistentEntity<?> entity, String database) {
		Table table = r.db(database).table(entity.getTable());
		Map<String, Boolean> existing = multiByIndexName(connection, table);
		List<IndexDefinition> indexes = this.indexResolver.resolveIndexes(entity);
		for (IndexDefinition index : indexes) {
			Boolean multi = existing.get(index.name());
			if (index.multi() && Boolean.FALSE.equals(multi)) {
				table.indexDrop(index.name()).runAtom(connection);
				multi = null;
			}
			if (multi == null) {
				ignoreAlreadyExists(
						"index `" + index.name() + "` of table `" + database + "." + entity.getTable() + "`",
						() -> indexCreate(table, index).runAtom(connection));
			}
		}
		if (!indexes.isEmpty()) {
			table.indexWait(indexes.stream().map(IndexDefinition::name).toArray()).runAtom(connection);
		}
		this.indexStatus.forget(database, entity.getTable());
	}

	private static void createDatabaseIfMissing(Connection connection, String database) {
		if (!connection.databaseNames().contains(database)) {
			ignoreAlreadyExists("database `" + database + "`", () -> r.dbCreate(database).runAtom(connection));
		}
	}

	private static void createTableIfMissing(Connection connection, QuirePersistentEntity<?> entity, String database) {
		List<?> tables = r.db(database).tableList().runAtom(connection, List.class);
		if (!tables.contains(entity.getTable())) {
			ignoreAlreadyExists("table `" + database + "." + entity.getTable() + "`",
					() -> r.db(database)
						.tableCreate(entity.getTable())
						.optArg("primary_key", entity.getIdFieldName())
						.runAtom(connection));
		}
	}

	/** Whether each existing index, by name, is a multi index. */
	private static Map<String, Boolean> multiByIndexName(Connection connection, Table table) {
		List<Map<String, Object>> statuses = table.indexStatus()
			.runAtom(connection, new TypeReference<List<Map<String, Object>>>() {
			});
		Map<String, Boolean> multi = new HashMap<>();
		statuses.forEach((status) -> multi.put((String) status.get("index"), Boolean.TRUE.equals(status.get("multi"))));
		return multi;
	}

	private static ReqlExpr indexCreate(Table table, IndexDefinition index) {
		ReqlExpr create = table.indexCreate(index.name(), indexFunction(index));
		create = index.multi() ? create.optArg("multi", true) : create;
		return index.geo() ? create.optArg("geo", true) : create;
	}

	private static ReqlFunction1 indexFunction(IndexDefinition index) {
		return (document) -> {
			ReqlExpr field = document;
			for (String name : index.fieldPath()) {
				field = field.bracket(name);
			}
			return field;
		};
	}

	/**
	 * Runs the creation; another client creating the same thing first is fine. A user
	 * without the {@code config} permission gets a message that says what to grant.
	 */
	private static void ignoreAlreadyExists(String what, Runnable creation) {
		try {
			creation.run();
		}
		catch (QuirePermissionException ex) {
			throw new QuirePermissionException("Automatic creation of " + what
					+ " needs the `config` permission (grant it on the database, create it as admin, or set"
					+ " quire.data.auto-table-creation=false / quire.data.auto-index-creation=false): "
					+ ex.getMessage(), ex.backtrace(), ex.query());
		}
		catch (QuireRuntimeException ex) {
			if (ex.getMessage() == null || !ex.getMessage().contains("already exists")) {
				throw ex;
			}
		}
	}

}
