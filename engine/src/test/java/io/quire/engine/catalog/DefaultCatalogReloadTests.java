package io.quire.engine.catalog;

import java.util.List;
import java.util.UUID;

import io.quire.engine.QueryException;
import io.quire.engine.storage.ForwardingStorage;
import io.quire.engine.storage.Storage;
import io.quire.engine.storage.WriteBatch;
import io.quire.engine.storage.memory.MemoryStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.quire.engine.catalog.FieldIndexCompiler.doc;
import static io.quire.engine.catalog.FieldIndexCompiler.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A standby's catalog follows what another catalog wrote to the same store, on
 * {@link DefaultCatalog#reload}, and writes nothing while doing so.
 */
class DefaultCatalogReloadTests {

	private final MemoryStorage store = new MemoryStorage();

	private final DefaultCatalog primary = DefaultCatalog.open(this.store, FieldIndexCompiler::compile);

	private final WriteRefusingStorage followerStore = new WriteRefusingStorage(this.store);

	private final DefaultCatalog standby = DefaultCatalog.open(this.followerStore, FieldIndexCompiler::compile);

	{
		this.followerStore.refuse = true;
	}

	@AfterEach
	void close() {
		this.primary.close();
	}

	@Test
	void reloadShouldShowDatabasesTablesDocumentsAndCountsWrittenElsewhere() {
		this.primary.createDatabase("shop");
		this.primary.createTable("shop", "orders", "id", Durability.HARD);
		for (double id = 1; id <= 3; id++) {
			double key = id;
			this.primary.table("shop", "orders").modify(key, (old) -> doc("id", key), Durability.HARD);
		}
		this.standby.reload();
		assertThat(this.standby.databaseNames()).contains("shop");
		assertThat(this.standby.table("shop", "orders").count()).isEqualTo(3);
		assertThat(this.standby.table("shop", "orders").get(2.0d)).isEqualTo(doc("id", 2.0d));
		this.primary.table("shop", "orders").modify(9.0d, (old) -> doc("id", 9.0d), Durability.HARD);
		this.standby.reload();
		assertThat(this.standby.table("shop", "orders").count()).isEqualTo(4);
	}

	@Test
	void reloadShouldFollowRenamesThatSwapTwoTableNames() {
		this.primary.createTable("test", "left", "id", Durability.HARD);
		this.primary.createTable("test", "right", "id", Durability.HARD);
		UUID left = this.primary.table("test", "left").id();
		this.standby.reload();
		this.primary.updateTable("test", "left", "test", "swap", Durability.HARD);
		this.primary.updateTable("test", "right", "test", "left", Durability.HARD);
		this.primary.updateTable("test", "swap", "test", "right", Durability.HARD);
		this.standby.reload();
		assertThat(this.standby.tableNames("test")).containsExactly("left", "right");
		assertThat(this.standby.table("test", "right").id()).isEqualTo(left);
	}

	@Test
	void reloadShouldEndTablesDroppedElsewhere() {
		this.primary.createTable("test", "gone", "id", Durability.HARD);
		this.standby.reload();
		Table held = this.standby.table("test", "gone");
		this.primary.dropTable("test", "gone");
		this.standby.reload();
		assertThat(this.standby.tableNames("test")).doesNotContain("gone");
		assertThatExceptionOfType(QueryException.class).isThrownBy(held::count).withMessageContaining("does not exist");
	}

	@Test
	void reloadShouldShowIndexesOnceTheirBuildIsDone() throws InterruptedException {
		this.primary.createTable("test", "books", "id", Durability.HARD);
		this.primary.table("test", "books").modify(1.0d, (old) -> doc("id", 1.0d, "title", "Dune"), Durability.HARD);
		this.primary.table("test", "books").createIndex(field("title"));
		this.primary.table("test", "books").awaitIndexes(List.of("title"));
		this.standby.reload();
		assertThat(this.standby.table("test", "books").indexes()).singleElement()
			.satisfies((status) -> assertThat(status.ready()).isTrue());
	}

	@Test
	void aDatabaseWhoseWriteFailedShouldNotBeListed() {
		assertThatThrownBy(() -> this.standby.createDatabase("shop")).hasMessageContaining("wrote to its store");
		assertThat(this.standby.databaseNames()).doesNotContain("shop");
		this.followerStore.refuse = false;
		this.standby.createDatabase("shop");
		assertThat(this.standby.databaseNames()).contains("shop");
	}

	/** The standby's view of the shared store: reads pass, writes fail once refused. */
	private static final class WriteRefusingStorage extends ForwardingStorage {

		private volatile boolean refuse;

		WriteRefusingStorage(Storage delegate) {
			super(delegate);
		}

		private void check() {
			if (this.refuse) {
				throw new AssertionError("A standby's catalog wrote to its store");
			}
		}

		@Override
		public void createKeyspace(String keyspace) {
			check();
			super.createKeyspace(keyspace);
		}

		@Override
		public void dropKeyspace(String keyspace) {
			check();
			super.dropKeyspace(keyspace);
		}

		@Override
		public void write(WriteBatch batch, boolean sync) {
			check();
			super.write(batch, sync);
		}

		@Override
		public void close() {
			// the primary's catalog closes the shared store
		}

	}

}
