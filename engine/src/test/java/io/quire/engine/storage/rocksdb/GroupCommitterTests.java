package io.quire.engine.storage.rocksdb;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.quire.engine.storage.StorageException;
import io.quire.engine.storage.WriteBatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GroupCommitterTests {

	private final List<List<WriteBatch>> groups = new CopyOnWriteArrayList<>();

	private final CountDownLatch firstWriteStarted = new CountDownLatch(1);

	private final CountDownLatch releaseFirstWrite = new CountDownLatch(1);

	private final GroupCommitter committer = new GroupCommitter(this::write, "test-group-commit");

	private final ExecutorService writers = Executors.newFixedThreadPool(6);

	@AfterEach
	void stop() {
		this.releaseFirstWrite.countDown();
		this.writers.shutdownNow();
		this.committer.close();
	}

	@Test
	void batchesQueuedDuringASyncShouldShareTheNextOne() throws Exception {
		Future<?> first = this.writers.submit(() -> this.committer.commit(batch("first")));
		this.firstWriteStarted.await();
		List<Future<?>> waiting = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String key = "queued-" + i;
			waiting.add(this.writers.submit(() -> this.committer.commit(batch(key))));
		}
		awaitQueued(5);
		this.releaseFirstWrite.countDown();
		first.get(10, TimeUnit.SECONDS);
		for (Future<?> future : waiting) {
			future.get(10, TimeUnit.SECONDS);
		}
		assertThat(this.groups).hasSize(2);
		assertThat(this.groups.get(1)).hasSize(5);
	}

	@Test
	void aFailingBatchShouldFailOnlyItsOwnWriter() throws Exception {
		this.releaseFirstWrite.countDown();
		this.committer.commit(batch("fine"));
		assertThatExceptionOfType(StorageException.class).isThrownBy(() -> this.committer.commit(batch("poison")));
		this.committer.commit(batch("fine again"));
		assertThat(this.groups).extracting(List::size).containsOnly(1);
	}

	@Test
	void commitAfterCloseShouldFail() {
		this.releaseFirstWrite.countDown();
		this.committer.close();
		assertThatExceptionOfType(StorageException.class).isThrownBy(() -> this.committer.commit(batch("late")))
			.withMessage("Storage is closed");
	}

	private void write(List<WriteBatch> group) {
		if (group.stream().anyMatch((batch) -> batch.operations().get(0).keyspace().equals("poison"))) {
			throw new StorageException("poisoned");
		}
		this.firstWriteStarted.countDown();
		awaitQuietly(this.releaseFirstWrite);
		this.groups.add(group);
	}

	private void awaitQueued(int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (this.committer.queued() < count && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static WriteBatch batch(String keyspace) {
		return new WriteBatch().put(keyspace, new byte[] { 1 }, new byte[] { 2 });
	}

}
