package io.quire.engine.storage.rocksdb;

import java.nio.file.Path;

import io.quire.engine.storage.AbstractStorageTests;
import io.quire.engine.storage.KeyValueIterator;
import io.quire.engine.storage.Snapshot;
import io.quire.engine.storage.Storage;
import io.quire.engine.storage.StorageException;
import io.quire.engine.storage.WriteBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RocksDbStorageTests extends AbstractStorageTests {

	@TempDir
	Path directory;

	@Override
	protected Storage openStorage() {
		return RocksDbStorage.open(this.directory);
	}

	@Test
	void keyspacesAndDataShouldSurviveReopening() {
		this.storage.write(new WriteBatch().put("b", bytes("k"), bytes("synced")), true);
		this.storage.write(new WriteBatch().put("a", bytes("k"), bytes("soft")), false);
		this.storage.close();
		this.storage = RocksDbStorage.open(this.directory);
		assertThat(this.storage.keyspaces()).contains("a", "b");
		assertThat(this.storage.get("b", bytes("k"))).isEqualTo(bytes("synced"));
		assertThat(this.storage.get("a", bytes("k"))).isEqualTo(bytes("soft"));
	}

	@Test
	void closingWithOpenIteratorsShouldReleaseThem() {
		this.storage.write(new WriteBatch().put("a", bytes("k"), bytes("v")), false);
		Snapshot snapshot = this.storage.snapshot();
		KeyValueIterator entries = snapshot.range("a", null, null, false);
		this.storage.close();
		assertThatExceptionOfType(StorageException.class).isThrownBy(entries::next);
		entries.close();
		snapshot.close();
	}

	@Test
	void openingAFileInsteadOfADirectoryShouldNameIt() throws Exception {
		Path file = java.nio.file.Files.writeString(this.directory.resolve("file"), "x");
		assertThatExceptionOfType(StorageException.class).isThrownBy(() -> RocksDbStorage.open(file))
			.withMessageContaining(file.toString());
	}

}
