package io.quire.engine.storage.rocksdb;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.quire.engine.storage.StorageException;
import io.quire.engine.storage.SyncStatistics;
import io.quire.engine.storage.WriteBatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GroupCommitterTests {

	/** Long enough that only the committer's logic, never the clock, ends a gather. */
	private static final Duration NO_TIMEOUT = Duration.ofMinutes(5);

	private final List<List<WriteBatch>> groups = new CopyOnWriteArrayList<>();

	private final CountDownLatch firstWriteStarted = new CountDownLatch(1);

	private final CountDownLatch releaseFirstWrite = new CountDownLatch(1);

	private final ExecutorService writers = Executors.newFixedThreadPool(6);

	private GroupCommitter committer = new GroupCommitter(this::write, "test-group-commit");

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
	void aWriterReleasedByTheLastSyncShouldBeGatheredIntoTheNextGroup() throws Exception {
		useCommitter(NO_TIMEOUT);
		Future<?> first = this.writers.submit(() -> {
			this.committer.commit(batch("first"));
			awaitQueued(0);
			this.committer.commit(batch("first-again"));
			return null;
		});
		this.firstWriteStarted.await();
		List<Future<?>> waiting = List.of(this.writers.submit(() -> this.committer.commit(batch("second"))),
				this.writers.submit(() -> this.committer.commit(batch("third"))));
		awaitQueued(2);
		Thread.sleep(500);
		this.releaseFirstWrite.countDown();
		first.get(10, TimeUnit.SECONDS);
		for (Future<?> future : waiting) {
			future.get(10, TimeUnit.SECONDS);
		}
		assertThat(this.groups).hasSize(2);
		assertThat(this.groups.get(1)).extracting(GroupCommitterTests::keyspace)
			.containsExactlyInAnyOrder("second", "third", "first-again");
		assertThat(this.committer.gathers()).isEqualTo(1);
	}

	@Test
	void aLoneWriterShouldNeverWaitForOthers() {
		useCommitter(NO_TIMEOUT);
		this.releaseFirstWrite.countDown();
		for (int i = 0; i < 20; i++) {
			this.committer.commit(batch("alone-" + i));
		}
		assertThat(this.committer.gathers()).isZero();
		assertThat(this.groups).hasSize(20).allSatisfy((group) -> assertThat(group).hasSize(1));
	}

	@Test
	void writersThatDoNotComeBackShouldCostOneBoundedWait() throws Exception {
		useCommitter(Duration.ofMillis(20));
		Future<?> first = this.writers.submit(() -> this.committer.commit(batch("first")));
		this.firstWriteStarted.await();
		List<Future<?>> waiting = List.of(this.writers.submit(() -> this.committer.commit(batch("second"))),
				this.writers.submit(() -> this.committer.commit(batch("third"))));
		awaitQueued(2);
		this.releaseFirstWrite.countDown();
		first.get(10, TimeUnit.SECONDS);
		for (Future<?> future : waiting) {
			future.get(10, TimeUnit.SECONDS);
		}
		this.committer.commit(batch("later"));
		this.committer.commit(batch("alone"));
		assertThat(this.groups).extracting(List::size).containsExactly(1, 2, 1, 1);
		assertThat(this.committer.gathers()).isEqualTo(2);
	}

	@Test
	void syncCountersShouldAddUp() throws Exception {
		this.releaseFirstWrite.countDown();
		List<Future<?>> written = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String key = "key-" + i;
			written.add(this.writers.submit(() -> this.committer.commit(batch(key))));
		}
		for (Future<?> future : written) {
			future.get(10, TimeUnit.SECONDS);
		}
		SyncStatistics statistics = this.committer.statistics();
		assertThat(statistics.syncedWrites()).isEqualTo(30);
		assertThat(statistics.walSyncs()).isEqualTo(this.groups.size()).isBetween(1L, 30L);
	}

	@Test
	void aFailingBatchShouldFailOnlyItsOwnWriter() throws Exception {
		this.releaseFirstWrite.countDown();
		this.committer.commit(batch("fine"));
		assertThatExceptionOfType(StorageException.class).isThrownBy(() -> this.committer.commit(batch("poison")));
		this.committer.commit(batch("fine again"));
		assertThat(this.groups).extracting(List::size).containsOnly(1);
		assertThat(this.committer.statistics()).isEqualTo(new SyncStatistics(2, 2));
	}

	@Test
	void aFailingBatchInAGroupShouldFailOnlyItsOwnWriter() throws Exception {
		Future<?> first = this.writers.submit(() -> this.committer.commit(batch("first")));
		this.firstWriteStarted.await();
		Future<?> fine = this.writers.submit(() -> this.committer.commit(batch("fine")));
		Future<?> poisoned = this.writers.submit(() -> this.committer.commit(batch("poison")));
		awaitQueued(2);
		this.releaseFirstWrite.countDown();
		first.get(10, TimeUnit.SECONDS);
		fine.get(10, TimeUnit.SECONDS);
		assertThat(poisoned).failsWithin(Duration.ofSeconds(10))
			.withThrowableThat()
			.havingCause()
			.isInstanceOf(StorageException.class)
			.withMessage("poisoned");
		assertThat(this.committer.statistics().syncedWrites()).isEqualTo(2);
	}

	@Test
	void commitAfterCloseShouldFail() {
		this.releaseFirstWrite.countDown();
		this.committer.close();
		assertThatExceptionOfType(StorageException.class).isThrownBy(() -> this.committer.commit(batch("late")))
			.withMessage("Storage is closed");
	}

	@Test
	void closeShouldCommitWhatIsQueuedAndThenRefuseWriters() throws Exception {
		useCommitter(NO_TIMEOUT);
		Future<?> first = this.writers.submit(() -> this.committer.commit(batch("first")));
		this.firstWriteStarted.await();
		Future<?> queued = this.writers.submit(() -> this.committer.commit(batch("queued")));
		awaitQueued(1);
		Future<?> closing = this.writers.submit(this.committer::close);
		this.releaseFirstWrite.countDown();
		closing.get(10, TimeUnit.SECONDS);
		first.get(10, TimeUnit.SECONDS);
		queued.get(10, TimeUnit.SECONDS);
		assertThat(this.groups).flatExtracting((group) -> group.stream().map(GroupCommitterTests::keyspace).toList())
			.containsExactly("first", "queued");
		assertThatExceptionOfType(StorageException.class).isThrownBy(() -> this.committer.commit(batch("late")))
			.withMessage("Storage is closed");
	}

	private void useCommitter(Duration maxGather) {
		this.committer.close();
		this.committer = new GroupCommitter(this::write, "test-group-commit", maxGather);
	}

	private void write(List<WriteBatch> group) {
		if (group.stream().anyMatch((batch) -> keyspace(batch).equals("poison"))) {
			throw new StorageException("poisoned");
		}
		this.firstWriteStarted.countDown();
		awaitQuietly(this.releaseFirstWrite);
		this.groups.add(group);
	}

	/** Waits until exactly that many batches wait for the next group. */
	private void awaitQueued(int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (this.committer.queued() != count && System.nanoTime() < deadline) {
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

	private static String keyspace(WriteBatch batch) {
		return batch.operations().get(0).keyspace();
	}

	private static WriteBatch batch(String keyspace) {
		return new WriteBatch().put(keyspace, new byte[] { 1 }, new byte[] { 2 });
	}

}
