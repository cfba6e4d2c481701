package io.quire.engine.catalog;

import java.nio.file.Path;

import io.quire.engine.storage.Storage;
import io.quire.engine.storage.rocksdb.RocksDbStorage;
import org.junit.jupiter.api.io.TempDir;

class RocksDbIndexTests extends AbstractIndexTests {

	@TempDir
	Path directory;

	@Override
	protected Storage openStorage() {
		return RocksDbStorage.open(this.directory);
	}

}
