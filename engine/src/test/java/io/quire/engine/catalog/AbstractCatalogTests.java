package io.quire.engine.catalog;

import java.util.List;
import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.engine.storage.Storage;
import io.quire.protocol.ErrorType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Catalog behaviour every storage must give: databases, tables, their result rows and
 * errors.
 */
abstract class AbstractCatalogTests {

	protected DefaultCatalog catalog;

	protected abstract Storage openStorage();

	@BeforeEach
	void openCatalog() {
		this.catalog = DefaultCatalog.open(openStorage(), FieldIndexCompiler::compile, "server1");
	}

	@AfterEach
	void closeCatalog() {
		this.catalog.close();
	}

	@Test
	void firstStartShouldCreateDatabaseTest() {
		assertThat(this.catalog.databaseNames()).containsExactly("test");
		assertThat(this.catalog.database("test")).containsEntry("name", "test").containsKey("id");
	}

	@Test
	void createDatabaseShouldReturnItsConfigRow() {
		Map<String, Object> row = this.catalog.createDatabase("shop");
		assertThat(row).containsEntry("name", "shop");
		assertThat((String) row.get("id")).matches("[0-9a-f-]{36}");
		assertThat(this.catalog.databaseNames()).containsExactly("shop", "test");
	}

	@Test
	void createDatabaseShouldRefuseAnExistingName() {
		assertThatQueryError(() -> this.catalog.createDatabase("test"), ErrorType.OP_FAILED,
				"Database `test` already exists.");
	}

	@Test
	void createDatabaseShouldRefuseAnInvalidName() {
		assertThatQueryError(() -> this.catalog.createDatabase("a b"), ErrorType.QUERY_LOGIC,
				"Database name `a b` invalid (Use A-Z, a-z, 0-9, _ and - only).");
	}

	@Test
	void dropDatabaseShouldDropItsTables() {
		this.catalog.createDatabase("shop");
		this.catalog.createTable("shop", "books", "id", Durability.HARD);
		this.catalog.createTable("shop", "authors", "id", Durability.HARD);
		Map<String, Object> result = this.catalog.dropDatabase("shop");
		assertThat(result).containsEntry("dbs_dropped", 1.0d).containsEntry("tables_dropped", 2.0d);
		assertThat(configChange(result)).containsEntry("new_val", null);
		assertThat(this.catalog.databaseNames()).containsExactly("test");
		assertThatQueryError(() -> this.catalog.table("shop", "books"), ErrorType.OP_FAILED,
				"Database `shop` does not exist.");
	}

	@Test
	void dropDatabaseShouldRefuseAMissingDatabase() {
		assertThatQueryError(() -> this.catalog.dropDatabase("nope"), ErrorType.OP_FAILED,
				"Database `nope` does not exist.");
	}

	@Test
	void createTableShouldReturnATableConfigRow() {
		Map<String, Object> result = this.catalog.createTable("test", "books", "isbn", Durability.SOFT);
		assertThat(result).containsEntry("tables_created", 1.0d);
		Map<String, Object> config = newValue(result);
		assertThat(config).containsEntry("db", "test")
			.containsEntry("name", "books")
			.containsEntry("primary_key", "isbn")
			.containsEntry("durability", "soft")
			.containsEntry("write_acks", "majority")
			.containsEntry("write_hook", null)
			.containsEntry("indexes", List.of())
			.containsEntry("shards", List.of(Map.of("primary_replica", "server1", "replicas", List.of("server1"),
					"nonvoting_replicas", List.of())));
		assertThat(config.get("id")).isEqualTo(this.catalog.table("test", "books").id().toString());
	}

	@Test
	void createTableShouldRefuseExistingAndInvalidNames() {
		this.catalog.createTable("test", "books", "id", Durability.HARD);
		assertThatQueryError(() -> this.catalog.createTable("test", "books", "id", Durability.HARD),
				ErrorType.OP_FAILED, "Table `test.books` already exists.");
		assertThatQueryError(() -> this.catalog.createTable("test", "bo.oks", "id", Durability.HARD),
				ErrorType.QUERY_LOGIC, "Table name `bo.oks` invalid (Use A-Z, a-z, 0-9, _ and - only).");
		assertThatQueryError(() -> this.catalog.createTable("nope", "books", "id", Durability.HARD),
				ErrorType.OP_FAILED, "Database `nope` does not exist.");
	}

	@Test
	void tableNamesShouldListTheDatabasesTablesSorted() {
		this.catalog.createTable("test", "zebras", "id", Durability.HARD);
		this.catalog.createTable("test", "apes", "id", Durability.HARD);
		assertThat(this.catalog.tableNames("test")).containsExactly("apes", "zebras");
	}

	@Test
	void dropTableShouldRemoveItAndEndItsFeeds() {
		this.catalog.createTable("test", "books", "id", Durability.HARD);
		Table table = this.catalog.table("test", "books");
		RecordingListener listener = new RecordingListener();
		table.subscribe(listener);
		Map<String, Object> result = this.catalog.dropTable("test", "books");
		assertThat(result).containsEntry("tables_dropped", 1.0d);
		assertThat(configChange(result).get("old_val")).isInstanceOf(Map.class);
		assertThat(listener.dropped).isTrue();
		assertThat(this.catalog.tableNames("test")).isEmpty();
		assertThatQueryError(() -> this.catalog.table("test", "books"), ErrorType.OP_FAILED,
				"Table `test.books` does not exist.");
		assertThatQueryError(() -> table.get("x"), ErrorType.OP_FAILED, "Table `test.books` does not exist.");
	}

	@Test
	void recreatedTableShouldStartEmpty() {
		this.catalog.createTable("test", "books", "id", Durability.HARD);
		this.catalog.table("test", "books").modify("a", (old) -> FieldIndexCompiler.doc("id", "a"), Durability.HARD);
		this.catalog.dropTable("test", "books");
		this.catalog.createTable("test", "books", "id", Durability.HARD);
		assertThat(this.catalog.table("test", "books").count()).isZero();
		assertThat(this.catalog.table("test", "books").get("a")).isNull();
	}

	@Test
	void systemValuesShouldBeStoredAndRead() {
		assertThat(this.catalog.systemValue("server/id")).isNull();
		this.catalog.putSystemValue("server/id", new byte[] { 1, 2, 3 });
		assertThat(this.catalog.systemValue("server/id")).containsExactly(1, 2, 3);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> configChange(Map<String, Object> result) {
		return ((List<Map<String, Object>>) result.get("config_changes")).get(0);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> newValue(Map<String, Object> result) {
		return (Map<String, Object>) configChange(result).get("new_val");
	}

	static void assertThatQueryError(Runnable action, ErrorType type, String message) {
		assertThatExceptionOfType(QueryException.class).isThrownBy(action::run)
			.withMessage(message)
			.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo(type));
	}

}
