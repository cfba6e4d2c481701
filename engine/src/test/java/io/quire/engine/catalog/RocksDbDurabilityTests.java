package io.quire.engine.catalog;

import java.nio.file.Path;
import java.util.List;

import io.quire.engine.storage.StorageException;
import io.quire.engine.storage.rocksdb.RocksDbStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.quire.engine.catalog.AbstractTableTests.ids;
import static io.quire.engine.catalog.FieldIndexCompiler.doc;
import static io.quire.engine.catalog.FieldIndexCompiler.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What survives closing and reopening a RocksDB directory, and what a second open of a
 * directory in use does.
 */
class RocksDbDurabilityTests {

	@TempDir
	Path directory;

	@Test
	void hardWritesShouldSurviveReopening() throws Exception {
		try (DefaultCatalog catalog = open()) {
			catalog.createDatabase("shop");
			catalog.createTable("shop", "books", "isbn", Durability.SOFT);
			Table books = catalog.table("shop", "books");
			books.createIndex(field("author"));
			books.awaitIndexes(List.of());
			for (int i = 0; i < 50; i++) {
				String isbn = "isbn-" + i;
				String author = "a" + (i % 5);
				books.modify(isbn, (old) -> doc("isbn", isbn, "author", author), Durability.HARD);
			}
			books.modify("isbn-0", (old) -> null, Durability.HARD);
			catalog.putSystemValue("server/id", new byte[] { 42 });
		}
		try (DefaultCatalog catalog = open()) {
			assertThat(catalog.databaseNames()).containsExactly("shop", "test");
			Table books = catalog.table("shop", "books");
			assertThat(books.primaryKey()).isEqualTo("isbn");
			assertThat(catalog.tableConfig("shop", "books")).containsEntry("durability", "soft");
			assertThat(books.count()).isEqualTo(49);
			assertThat(books.get("isbn-7")).isEqualTo(doc("isbn", "isbn-7", "author", "a2"));
			assertThat(books.indexes()).singleElement().satisfies((status) -> assertThat(status.ready()).isTrue());
			assertThat(books.getAll("author", "a0").hasNext()).isTrue();
			assertThat(countRows(books.getAll("author", "a0"))).isEqualTo(9);
			assertThat(catalog.systemValue("server/id")).containsExactly(42);
		}
	}

	@Test
	void indexWhoseBuildWasCutShortShouldBeRebuiltOnReopening() throws Exception {
		FieldIndexCompiler.gate = new java.util.concurrent.CountDownLatch(1);
		try (DefaultCatalog catalog = open()) {
			catalog.createTable("test", "books", "id", Durability.HARD);
			Table books = catalog.table("test", "books");
			for (int i = 0; i < 300; i++) {
				double id = i;
				books.modify(id, (old) -> doc("id", id, "g", id % 3), Durability.SOFT);
			}
			books.createIndex(new IndexDefinition("g", "gate:g", false, false));
			assertThat(books.indexes().get(0).ready()).isFalse();
		}
		finally {
			FieldIndexCompiler.gate.countDown();
		}
		try (DefaultCatalog catalog = open()) {
			Table books = catalog.table("test", "books");
			assertThat(books.awaitIndexes(List.of("g"))).singleElement()
				.satisfies((status) -> assertThat(status.ready()).isTrue());
			assertThat(countRows(books.getAll("g", 1.0d))).isEqualTo(100);
		}
	}

	@Test
	void droppedDatabaseTestShouldStayDroppedAfterReopening() {
		try (DefaultCatalog catalog = open()) {
			catalog.dropDatabase("test");
		}
		try (DefaultCatalog catalog = open()) {
			assertThat(catalog.databaseNames()).isEmpty();
		}
	}

	@Test
	void droppedTablesShouldStayDroppedAfterReopening() {
		try (DefaultCatalog catalog = open()) {
			catalog.createTable("test", "gone", "id", Durability.HARD);
			catalog.table("test", "gone").modify("a", (old) -> doc("id", "a"), Durability.HARD);
			catalog.dropTable("test", "gone");
			catalog.createTable("test", "gone", "id", Durability.HARD);
		}
		try (DefaultCatalog catalog = open()) {
			assertThat(ids(catalog.table("test", "gone").scan(false))).isEmpty();
			assertThat(catalog.storage().keyspaces()).hasSize(2);
		}
	}

	@Test
	void secondOpenOfADirectoryInUseShouldFailClearly() {
		try (DefaultCatalog catalog = open()) {
			catalog.createTable("test", "books", "id", Durability.HARD);
			assertThatExceptionOfType(StorageException.class).isThrownBy(() -> RocksDbStorage.open(this.directory))
				.withMessageContaining(this.directory.toAbsolutePath().toString())
				.withMessageContaining("is already in use: its RocksDB LOCK file is held by another process");
			catalog.table("test", "books").modify("a", (old) -> doc("id", "a"), Durability.HARD);
		}
		try (DefaultCatalog catalog = open()) {
			assertThat(catalog.table("test", "books").get("a")).isEqualTo(doc("id", "a"));
		}
	}

	private static long countRows(RowIterator rows) {
		long count = 0;
		try (rows) {
			while (rows.hasNext()) {
				rows.next();
				count++;
			}
		}
		return count;
	}

	private DefaultCatalog open() {
		return DefaultCatalog.open(RocksDbStorage.open(this.directory), FieldIndexCompiler::compile);
	}

}
