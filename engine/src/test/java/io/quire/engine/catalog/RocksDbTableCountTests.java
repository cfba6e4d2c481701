package io.quire.engine.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.quire.engine.index.KeyEncoding;
import io.quire.engine.storage.DocumentCodec;
import io.quire.engine.storage.Storage;
import io.quire.engine.storage.WriteBatch;
import io.quire.engine.storage.rocksdb.RocksDbStorage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.quire.engine.catalog.FieldIndexCompiler.doc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The durable document count: opening a table reads its counters instead of scanning, and
 * a table stored before counters existed is counted once.
 */
class RocksDbTableCountTests {

	@TempDir
	Path directory;

	@Test
	void openingShouldReadTheStoredCountInsteadOfScanning() {
		String keyspace;
		try (DefaultCatalog catalog = open()) {
			catalog.createTable("test", "books", "id", Durability.SOFT);
			DefaultTable books = (DefaultTable) catalog.table("test", "books");
			insert(books, 40);
			books.modifyAll(List.of(delete(1.0d), delete(2.0d), delete(999.0d)), Durability.HARD);
			keyspace = books.keyspace();
		}
		try (Storage storage = RocksDbStorage.open(this.directory)) {
			byte[] key = KeyEncoding.encodePrimaryKey(500.0d);
			storage.write(new WriteBatch().put(keyspace, key, DocumentCodec.encode(doc("id", 500.0d))), true);
		}
		try (DefaultCatalog catalog = open()) {
			assertThat(catalog.table("test", "books").count()).isEqualTo(38);
		}
	}

	@Test
	void tableWithoutStoredCountShouldBeCountedOnceOnOpening() {
		java.util.UUID id;
		try (DefaultCatalog catalog = open()) {
			catalog.createTable("test", "books", "id", Durability.SOFT);
			DefaultTable books = (DefaultTable) catalog.table("test", "books");
			insert(books, 25);
			id = books.id();
		}
		try (Storage storage = RocksDbStorage.open(this.directory)) {
			storage.write(new WriteBatch().delete(Storage.METADATA, MetadataKeys.count(id)), true);
		}
		try (DefaultCatalog catalog = open()) {
			assertThat(catalog.table("test", "books").count()).isEqualTo(25);
			assertThat(catalog.storage().get(Storage.METADATA, MetadataKeys.count(id))).isNotNull();
		}
	}

	@Test
	void droppedTableShouldLeaveNoCounters() {
		java.util.UUID id;
		try (DefaultCatalog catalog = open()) {
			catalog.createTable("test", "books", "id", Durability.SOFT);
			DefaultTable books = (DefaultTable) catalog.table("test", "books");
			insert(books, 10);
			id = books.id();
			catalog.dropTable("test", "books");
			byte[] from = MetadataKeys.count(id);
			try (var snapshot = catalog.storage().snapshot();
					var entries = snapshot.range(Storage.METADATA, from, KeyEncoding.successor(from), false)) {
				assertThat(entries.next()).isFalse();
			}
		}
	}

	private static void insert(Table table, int documents) {
		for (int i = 0; i < documents; i++) {
			double id = i;
			table.modify(id, (old) -> doc("id", id), Durability.SOFT);
		}
	}

	private static Map.Entry<Object, UnaryOperator<@Nullable Map<String, Object>>> delete(double id) {
		return Map.entry(id, (old) -> null);
	}

	private DefaultCatalog open() {
		return DefaultCatalog.open(RocksDbStorage.open(this.directory), FieldIndexCompiler::compile);
	}

}
