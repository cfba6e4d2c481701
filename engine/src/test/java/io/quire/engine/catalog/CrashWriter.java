package io.quire.engine.catalog;

import java.nio.file.Path;
import java.util.List;

import io.quire.engine.storage.rocksdb.RocksDbStorage;

import static io.quire.engine.catalog.FieldIndexCompiler.doc;

/**
 * A process for {@link RocksDbCrashIntegrationTests}: writes documents with HARD
 * durability and prints {@code ack <n>} after each acknowledged write, until it is
 * killed.
 */
public final class CrashWriter {

	private CrashWriter() {
	}

	public static void main(String[] args) throws Exception {
		DefaultCatalog catalog = DefaultCatalog.open(RocksDbStorage.open(Path.of(args[0])),
				FieldIndexCompiler::compile);
		catalog.createTable("test", "crash", "id", Durability.HARD);
		Table table = catalog.table("test", "crash");
		table.createIndex(FieldIndexCompiler.field("n"));
		table.awaitIndexes(List.of());
		System.out.println("ready");
		for (int i = 0;; i++) {
			double id = i;
			table.modify(id, (old) -> doc("id", id, "n", id % 7), Durability.HARD);
			System.out.println("ack " + i);
			System.out.flush();
		}
	}

}
