package io.quire.engine.storage.rocksdb;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.quire.engine.storage.Checkpoint;
import io.quire.engine.storage.KeyValueIterator;
import io.quire.engine.storage.Storage;
import io.quire.engine.storage.StorageException;
import io.quire.engine.storage.WriteBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RocksDbCheckpointTests {

	@TempDir
	Path directory;

	@Test
	void checkpointShouldHoldEveryKeyspaceAsItWasAndNoLaterWrite() {
		Path checkpoint = this.directory.resolve("checkpoint");
		try (RocksDbStorage store = RocksDbStorage.open(this.directory.resolve("store"))) {
			store.createKeyspace("a");
			store.createKeyspace("b");
			store.write(new WriteBatch().put("a", bytes("k1"), bytes("v1")).put("a", bytes("k2"), bytes("v2")), false);
			store.write(new WriteBatch().put("b", bytes("k"), bytes("soft")), false);
			store.checkpoint(checkpoint);
			store.write(new WriteBatch().put("a", bytes("k3"), bytes("later")).delete("b", bytes("k")), true);
			store.createKeyspace("c");
			try (Checkpoint copy = store.openCheckpoint(checkpoint)) {
				assertThat(copy.keyspaces()).containsExactlyInAnyOrder(Storage.METADATA, "a", "b");
				assertThat(entries(copy, "a")).containsExactly("k1=v1", "k2=v2");
				assertThat(entries(copy, "b")).containsExactly("k=soft");
				assertThat(entries(copy, "missing")).isEmpty();
			}
			assertThat(store.get("a", bytes("k3"))).isEqualTo(bytes("later"));
		}
	}

	@Test
	void checkpointShouldRefuseADirectoryThatExists() {
		try (RocksDbStorage store = RocksDbStorage.open(this.directory.resolve("store"))) {
			assertThatExceptionOfType(StorageException.class).isThrownBy(() -> store.checkpoint(this.directory));
		}
	}

	@Test
	void openingADirectoryWithoutACheckpointShouldFailClearly() {
		try (RocksDbStorage store = RocksDbStorage.open(this.directory.resolve("store"))) {
			assertThatExceptionOfType(StorageException.class)
				.isThrownBy(() -> store.openCheckpoint(this.directory.resolve("none")))
				.withMessageContaining("Cannot open checkpoint");
		}
	}

	private static List<String> entries(Checkpoint checkpoint, String keyspace) {
		List<String> entries = new ArrayList<>();
		try (KeyValueIterator scan = checkpoint.scan(keyspace)) {
			while (scan.next()) {
				entries.add(string(scan.key()) + "=" + string(scan.value()));
			}
		}
		return entries;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String string(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
