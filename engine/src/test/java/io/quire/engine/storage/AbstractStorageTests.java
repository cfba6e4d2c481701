package io.quire.engine.storage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The storage SPI contract every implementation must keep.
 */
public abstract class AbstractStorageTests {

	protected Storage storage;

	protected abstract Storage openStorage();

	@BeforeEach
	void open() {
		this.storage = openStorage();
		this.storage.createKeyspace("a");
		this.storage.createKeyspace("b");
	}

	@AfterEach
	void close() {
		this.storage.close();
	}

	@Test
	void writesShouldBeReadBack() {
		this.storage.write(new WriteBatch().put("a", bytes("k"), bytes("v1")), true);
		assertThat(this.storage.get("a", bytes("k"))).isEqualTo(bytes("v1"));
		assertThat(this.storage.get("b", bytes("k"))).isNull();
		this.storage.write(new WriteBatch().put("a", bytes("k"), bytes("v2")).delete("a", bytes("k")), false);
		assertThat(this.storage.get("a", bytes("k"))).isNull();
	}

	@Test
	void keyspacesShouldBeListedCreatedOnceAndDropped() {
		this.storage.createKeyspace("a");
		assertThat(this.storage.keyspaces()).containsExactlyInAnyOrder(Storage.METADATA, "a", "b");
		this.storage.write(new WriteBatch().put("b", bytes("k"), bytes("v")), true);
		this.storage.dropKeyspace("b");
		assertThat(this.storage.keyspaces()).containsExactlyInAnyOrder(Storage.METADATA, "a");
		assertThat(this.storage.get("b", bytes("k"))).isNull();
		this.storage.createKeyspace("b");
		assertThat(this.storage.get("b", bytes("k"))).isNull();
	}

	@Test
	void batchNamingAMissingKeyspaceShouldApplyNothing() {
		WriteBatch batch = new WriteBatch().put("a", bytes("k"), bytes("v")).put("missing", bytes("k"), bytes("v"));
		assertThatExceptionOfType(StorageException.class).isThrownBy(() -> this.storage.write(batch, true));
		assertThat(this.storage.get("a", bytes("k"))).isNull();
	}

	@Test
	void rangesShouldHonourBoundsInBothDirections() {
		WriteBatch batch = new WriteBatch();
		for (String key : List.of("a", "b", "c", "d", "e")) {
			batch.put("a", bytes(key), bytes(key.toUpperCase()));
		}
		batch.put("b", bytes("c"), bytes("other keyspace"));
		this.storage.write(batch, false);
		assertThat(keys(bytes("b"), bytes("d"), false)).containsExactly("b", "c");
		assertThat(keys(bytes("b"), bytes("d"), true)).containsExactly("c", "b");
		assertThat(keys(null, bytes("c"), true)).containsExactly("b", "a");
		assertThat(keys(bytes("bb"), null, false)).containsExactly("c", "d", "e");
		assertThat(keys(null, null, true)).containsExactly("e", "d", "c", "b", "a");
		assertThat(keys(bytes("d"), bytes("b"), false)).isEmpty();
		assertThat(keys(bytes("c"), bytes("c"), true)).isEmpty();
	}

	@Test
	void keysShouldSortAsUnsignedBytes() {
		this.storage.write(new WriteBatch().put("a", new byte[] { (byte) 0x80 }, bytes("high"))
			.put("a", new byte[] { 0x7F }, bytes("low")), false);
		try (Snapshot snapshot = this.storage.snapshot();
				KeyValueIterator entries = snapshot.range("a", null, null, false)) {
			assertThat(entries.next()).isTrue();
			assertThat(entries.value()).isEqualTo(bytes("low"));
		}
	}

	@Test
	void snapshotShouldNotSeeLaterWrites() {
		this.storage.write(new WriteBatch().put("a", bytes("k1"), bytes("old")).put("a", bytes("k2"), bytes("old")),
				false);
		try (Snapshot snapshot = this.storage.snapshot()) {
			this.storage.write(new WriteBatch().put("a", bytes("k1"), bytes("new"))
				.delete("a", bytes("k2"))
				.put("a", bytes("k3"), bytes("new")), true);
			assertThat(snapshot.get("a", bytes("k1"))).isEqualTo(bytes("old"));
			assertThat(snapshot.get("a", bytes("k3"))).isNull();
			List<String> values = new ArrayList<>();
			try (KeyValueIterator entries = snapshot.range("a", null, null, false)) {
				while (entries.next()) {
					values.add(text(entries.key()) + "=" + text(entries.value()));
				}
			}
			assertThat(values).containsExactly("k1=old", "k2=old");
		}
		assertThat(this.storage.get("a", bytes("k1"))).isEqualTo(bytes("new"));
	}

	@Test
	void manyConcurrentSyncedWritersShouldAllLand() throws Exception {
		ExecutorService writers = Executors.newFixedThreadPool(8);
		List<Future<?>> done = new ArrayList<>();
		for (int w = 0; w < 8; w++) {
			int writer = w;
			done.add(writers.submit(() -> {
				for (int i = 0; i < 100; i++) {
					String key = writer + ":" + i;
					this.storage.write(
							new WriteBatch().put("a", bytes(key), bytes(key)).put("b", bytes(key), bytes(key)), true);
				}
			}));
		}
		for (Future<?> future : done) {
			future.get(60, TimeUnit.SECONDS);
		}
		writers.shutdown();
		assertThat(keys(null, null, false)).hasSize(800);
		assertThat(this.storage.get("b", bytes("7:99"))).isEqualTo(bytes("7:99"));
	}

	@Test
	void snapshotsShouldSeeEveryBatchWholeWhileWritesGoOn() throws Exception {
		this.storage.write(new WriteBatch().put("a", bytes("x"), bytes("0")).put("b", bytes("y"), bytes("0")), false);
		ExecutorService writer = Executors.newSingleThreadExecutor();
		Future<?> writes = writer.submit(() -> {
			for (int i = 1; i <= 500; i++) {
				String value = Integer.toString(i);
				this.storage.write(
						new WriteBatch().put("a", bytes("x"), bytes(value)).put("b", bytes("y"), bytes(value)),
						i % 10 == 0);
			}
		});
		while (!writes.isDone()) {
			try (Snapshot snapshot = this.storage.snapshot()) {
				assertThat(snapshot.get("a", bytes("x"))).isEqualTo(snapshot.get("b", bytes("y")));
			}
		}
		writes.get();
		writer.shutdown();
		assertThat(this.storage.get("b", bytes("y"))).isEqualTo(bytes("500"));
	}

	@Test
	void closedStorageShouldRefuseWork() {
		this.storage.close();
		assertThatExceptionOfType(StorageException.class)
			.isThrownBy(() -> this.storage.write(new WriteBatch().put("a", bytes("k"), bytes("v")), true));
		assertThatExceptionOfType(StorageException.class).isThrownBy(() -> this.storage.get("a", bytes("k")));
	}

	private List<String> keys(byte[] from, byte[] to, boolean reverse) {
		List<String> keys = new ArrayList<>();
		try (Snapshot snapshot = this.storage.snapshot();
				KeyValueIterator entries = snapshot.range("a", from, to, reverse)) {
			while (entries.next()) {
				keys.add(text(entries.key()));
			}
		}
		return keys;
	}

	protected static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	protected static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
