package io.quire.engine.catalog;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import io.quire.engine.storage.ForwardingStorage;
import io.quire.engine.storage.Storage;
import io.quire.engine.storage.WriteBatch;
import io.quire.engine.storage.memory.MemoryStorage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.quire.engine.catalog.FieldIndexCompiler.doc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A durable write lets go of its row locks before it waits for the disk, so that other
 * writers of the same rows (or lock stripes) commit meanwhile and share the next sync.
 */
class DurableWriteTests {

	private final HeldSyncs storage = new HeldSyncs(new MemoryStorage());

	private final ExecutorService writers = Executors.newFixedThreadPool(2);

	private final DefaultCatalog catalog = DefaultCatalog.open(this.storage, FieldIndexCompiler::compile);

	@AfterEach
	void close() {
		this.storage.release.countDown();
		this.writers.shutdownNow();
		this.catalog.close();
	}

	@Test
	void aWriterOfTheSameRowShouldCommitWhileADurableWriteWaitsForTheDisk() throws Exception {
		this.catalog.createTable("test", "t", "id", Durability.SOFT);
		Table table = this.catalog.table("test", "t");
		this.storage.holding = true;
		Future<Change> durable = this.writers
			.submit(() -> table.modify("a", (old) -> doc("id", "a", "n", 1.0), Durability.HARD));
		this.storage.syncing.await();
		Future<Change> soft = this.writers
			.submit(() -> table.modify("a", (old) -> doc("id", "a", "n", 2.0), Durability.SOFT));
		// bounded only so that a regression fails instead of hanging the build
		assertThat(soft.get(30, TimeUnit.SECONDS).oldValue()).isEqualTo(doc("id", "a", "n", 1.0));
		assertThat(durable).isNotDone();
		this.storage.release.countDown();
		assertThat(durable.get(30, TimeUnit.SECONDS).newValue()).isEqualTo(doc("id", "a", "n", 1.0));
		assertThat(table.get("a")).isEqualTo(doc("id", "a", "n", 2.0));
	}

	@Test
	void aDurableBatchShouldBeReadableOnceWrittenAndAcknowledgedOnceSynced() throws Exception {
		this.catalog.createTable("test", "t", "id", Durability.SOFT);
		Table table = this.catalog.table("test", "t");
		UnaryOperator<@Nullable Map<String, Object>> a = (old) -> doc("id", "a");
		UnaryOperator<@Nullable Map<String, Object>> b = (old) -> doc("id", "b");
		List<Map.Entry<Object, UnaryOperator<@Nullable Map<String, Object>>>> rows = List.of(Map.entry("a", a),
				Map.entry("b", b));
		this.storage.holding = true;
		Future<?> durable = this.writers.submit(() -> table.modifyAll(rows, Durability.HARD));
		this.storage.syncing.await();
		assertThat(table.count()).isEqualTo(2);
		assertThat(durable).isNotDone();
		this.storage.release.countDown();
		durable.get(30, TimeUnit.SECONDS);
	}

	/** A store whose syncs (and synced writes) wait, once holding, until released. */
	private static final class HeldSyncs extends ForwardingStorage {

		final CountDownLatch syncing = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		volatile boolean holding;

		HeldSyncs(Storage delegate) {
			super(delegate);
		}

		private void hold() {
			if (!this.holding) {
				return;
			}
			this.syncing.countDown();
			try {
				this.release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		@Override
		public void write(WriteBatch batch, boolean sync) {
			this.delegate.write(batch, false);
			if (sync) {
				hold();
			}
		}

		@Override
		public void sync() {
			hold();
		}

	}

}
