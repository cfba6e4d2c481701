package io.quire.engine.storage.rocksdb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.quire.engine.storage.AbstractStorageTests;
import io.quire.engine.storage.KeyValueIterator;
import io.quire.engine.storage.Snapshot;
import io.quire.engine.storage.Storage;
import io.quire.engine.storage.StorageException;
import io.quire.engine.storage.SyncStatistics;
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
	void syncedWritesAndSyncsShouldBeCountedButNotSoftWrites() {
		SyncStatistics before = this.storage.syncStatistics();
		for (int i = 0; i < 5; i++) {
			this.storage.write(new WriteBatch().put("a", bytes("hard" + i), bytes("v")), true);
		}
		this.storage.write(new WriteBatch().put("a", bytes("soft"), bytes("v")), false);
		this.storage.write(new WriteBatch(), true);
		SyncStatistics written = this.storage.syncStatistics();
		assertThat(written.syncedWrites() - before.syncedWrites()).isEqualTo(5);
		assertThat(written.walSyncs() - before.walSyncs()).isEqualTo(5);
		this.storage.sync();
		assertThat(this.storage.syncStatistics())
			.isEqualTo(new SyncStatistics(written.walSyncs() + 1, written.syncedWrites() + 1));
	}

	@Test
	void concurrentSyncedWritersShouldBeCountedOnceEach() throws Exception {
		SyncStatistics before = this.storage.syncStatistics();
		ExecutorService writers = Executors.newFixedThreadPool(8);
		List<Future<?>> done = new ArrayList<>();
		for (int w = 0; w < 8; w++) {
			String writer = "writer" + w;
			done.add(writers.submit(() -> writeSynced(writer, 50)));
		}
		for (Future<?> future : done) {
			future.get(60, TimeUnit.SECONDS);
		}
		writers.shutdown();
		SyncStatistics after = this.storage.syncStatistics();
		assertThat(after.syncedWrites() - before.syncedWrites()).isEqualTo(400);
		assertThat(after.walSyncs() - before.walSyncs()).isBetween(1L, 400L);
	}

	private void writeSynced(String prefix, int count) {
		for (int i = 0; i < count; i++) {
			this.storage.write(new WriteBatch().put("a", bytes(prefix + i), bytes("v")), true);
		}
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
