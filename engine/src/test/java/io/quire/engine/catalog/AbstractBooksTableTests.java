package io.quire.engine.catalog;

import io.quire.engine.storage.Storage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A catalog on the storage under test with an empty {@code test.books} table, opened
 * before and closed after each test.
 */
abstract class AbstractBooksTableTests {

	protected DefaultCatalog catalog;

	protected Table table;

	protected abstract Storage openStorage();

	@BeforeEach
	void openTable() {
		this.catalog = DefaultCatalog.open(openStorage(), FieldIndexCompiler::compile);
		this.catalog.createTable("test", "books", "id", Durability.HARD);
		this.table = this.catalog.table("test", "books");
	}

	@AfterEach
	void closeCatalog() {
		this.catalog.close();
	}

}
