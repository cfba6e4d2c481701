package io.quire.engine.cluster;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quire.engine.storage.Storage;
import io.quire.engine.storage.WriteBatch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CacheRefresherTests {

	private final AtomicInteger reloads = new AtomicInteger();

	@Test
	void appliedMetadataEntryShouldBeReloadedWithoutAnotherCall() throws Exception {
		try (CacheRefresher refresher = new CacheRefresher(this.reloads::incrementAndGet)) {
			refresher.applied(LogEntry.createKeyspace("table:a"));
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (this.reloads.get() == 0 && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
			assertThat(this.reloads).hasValue(1);
		}
	}

	@Test
	void taskShouldSeeTheReloadOfEntriesAppliedBeforeIt() throws Exception {
		try (CacheRefresher refresher = new CacheRefresher(this.reloads::incrementAndGet)) {
			refresher.applied(LogEntry.createKeyspace("table:a"));
			CompletableFuture<Integer> seen = new CompletableFuture<>();
			refresher.execute(() -> seen.complete(this.reloads.get()));
			assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo(1);
		}
	}

	@Test
	void countChangeShouldBeReloadedWithoutAnotherCall() throws Exception {
		try (CacheRefresher refresher = new CacheRefresher(this.reloads::incrementAndGet)) {
			refresher.applied(countChange(1));
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (this.reloads.get() == 0 && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
			assertThat(this.reloads).hasValue(1);
		}
	}

	@Test
	void burstOfCountChangesShouldShareReloads() throws Exception {
		try (CacheRefresher refresher = new CacheRefresher(this.reloads::incrementAndGet)) {
			for (int i = 0; i < 1000; i++) {
				refresher.applied(countChange(i));
			}
			CompletableFuture<Integer> seen = new CompletableFuture<>();
			refresher.execute(() -> seen.complete(this.reloads.get()));
			assertThat(seen.get(10, TimeUnit.SECONDS)).isBetween(1, 100);
		}
	}

	@Test
	void documentOnlyEntryShouldNotReload() throws Exception {
		try (CacheRefresher refresher = new CacheRefresher(this.reloads::incrementAndGet)) {
			byte[] key = "k".getBytes(StandardCharsets.UTF_8);
			refresher.applied(LogEntry.write(new WriteBatch().put("table:a", key, key)));
			CompletableFuture<Integer> seen = new CompletableFuture<>();
			refresher.execute(() -> seen.complete(this.reloads.get()));
			assertThat(seen.get(10, TimeUnit.SECONDS)).isZero();
		}
	}

	private static LogEntry countChange(long count) {
		byte[] document = "k".getBytes(StandardCharsets.UTF_8);
		byte[] counter = "count:00000000-0000-0000-0000-000000000001/s".getBytes(StandardCharsets.UTF_8);
		return LogEntry.write(new WriteBatch().put("table:a", document, document)
			.put(Storage.METADATA, counter, Long.toString(count).getBytes(StandardCharsets.UTF_8)));
	}

}
