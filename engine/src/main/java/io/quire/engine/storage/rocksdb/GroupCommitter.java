package io.quire.engine.storage.rocksdb;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.quire.engine.storage.StorageException;
import io.quire.engine.storage.SyncStatistics;
import io.quire.engine.storage.WriteBatch;

/**
 * Commits synced batches for many writers at once. Writers queue their batch and wait;
 * one thread drains everything queued, writes it as a single RocksDB batch with one WAL
 * sync, and releases every writer of that group. A group that fails is retried batch by
 * batch, so each writer learns about its own failure only.
 * <p>
 * Writing a group as soon as one batch is queued splits many writers into two halves that
 * take turns (one half syncs while the other queues), and writers that need a network
 * round trip between two writes mostly miss the next sync. So before writing, the
 * committer <em>gathers</em>: it waits for as many batches as there were writers around
 * the last sync (the batches it carried plus those queued while it ran, counted before
 * they are released), since those writers are likely to come back at once. The wait ends
 * as soon as they are all there; it is bounded by {@code maxGather} (2 ms by default) and
 * by four times the duration of the last sync, so that on a disk with cheap syncs nobody
 * waits long for a saving that is small there. A writer that was alone at the last sync
 * never waits, and writers that stop coming cost at most one bounded wait, after which
 * the estimate follows the smaller group.
 * <p>
 * Why this and not handing the query worker back while a write waits for its sync: the
 * write path (evaluation, row locks, index staging) is synchronous from the query runner
 * down, and making it continue on a future would be a large rewrite. Blocked writers hold
 * the server's query workers meanwhile, which is why the server's default worker count
 * leaves room for many of them.
 */
final class GroupCommitter implements AutoCloseable {

	/** The default bound on how long a group waits for more writers. */
	static final Duration DEFAULT_MAX_GATHER = Duration.ofMillis(2);

	private static final int MAX_GROUP = 1024;

	/** How often a long gather looks whether the committer is closing. */
	private static final long CLOSE_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final GroupWriter writer;

	private final long maxGatherNanos;

	private final Thread thread;

	private final AtomicLong syncs = new AtomicLong();

	private final AtomicLong syncedBatches = new AtomicLong();

	private final AtomicLong gathers = new AtomicLong();

	/** Writers around the last sync: those it carried and those queued meanwhile. */
	private int recentWriters;

	private long lastSyncNanos;

	private volatile boolean closed;

	GroupCommitter(GroupWriter writer, String name) {
		this(writer, name, DEFAULT_MAX_GATHER);
	}

	GroupCommitter(GroupWriter writer, String name, Duration maxGather) {
		this.writer = writer;
		this.maxGatherNanos = maxGather.toNanos();
		this.lastSyncNanos = this.maxGatherNanos;
		this.thread = new Thread(this::run, name);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/** Queues a batch and waits until it is on disk. */
	void commit(WriteBatch batch) {
		Pending pending = new Pending(batch, new CompletableFuture<>());
		this.queue.add(pending);
		if (this.closed) {
			failRemaining();
		}
		awaitUninterruptibly(pending.done());
	}

	private static void awaitUninterruptibly(CompletableFuture<Void> done) {
		try {
			done.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException failure) ? failure : ex;
		}
	}

	/** Batches waiting for the next group. */
	int queued() {
		return this.queue.size();
	}

	/** Groups written so far (one WAL sync each) and the batches they carried. */
	SyncStatistics statistics() {
		return new SyncStatistics(this.syncs.get(), this.syncedBatches.get());
	}

	/** How many groups waited for more writers before being written. */
	long gathers() {
		return this.gathers.get();
	}

	private void run() {
		List<Pending> group = new ArrayList<>();
		while (!this.closed || !this.queue.isEmpty()) {
			try {
				Pending first = this.queue.poll(100, TimeUnit.MILLISECONDS);
				if (first != null) {
					group.add(first);
					this.queue.drainTo(group, MAX_GROUP - 1);
					gather(group);
					write(group);
					group.clear();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (Throwable ex) {
				fail(group, ex);
			}
		}
		failRemaining();
	}

	/**
	 * Whatever went wrong (even an OutOfMemoryError), the committer stays alive: the
	 * group's writers learn of the failure and later writers are served.
	 */
	private static void fail(List<Pending> group, Throwable failure) {
		StorageException error = new StorageException("Cannot commit the write: " + failure, failure);
		group.forEach((pending) -> pending.done().completeExceptionally(error));
		group.clear();
	}

	/**
	 * Waits, within the bound, until the group holds as many batches as there were
	 * writers around the last sync. An interrupt ends the wait; the group is still
	 * written.
	 */
	private void gather(List<Pending> group) {
		int expected = Math.min(this.recentWriters, MAX_GROUP);
		if (group.size() >= expected || this.closed) {
			return;
		}
		this.gathers.incrementAndGet();
		long deadline = System.nanoTime() + gatherBound();
		try {
			while (group.size() < expected && !this.closed && System.nanoTime() < deadline) {
				gatherNext(group, deadline - System.nanoTime());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void gatherNext(List<Pending> group, long remainingNanos) throws InterruptedException {
		Pending next = this.queue.poll(Math.min(remainingNanos, CLOSE_CHECK_NANOS), TimeUnit.NANOSECONDS);
		if (next != null) {
			group.add(next);
			this.queue.drainTo(group, MAX_GROUP - group.size());
		}
	}

	/** At most the configured bound, and at most four syncs' time. */
	private long gatherBound() {
		return Math.min(this.maxGatherNanos, 4 * this.lastSyncNanos);
	}

	/**
	 * Writes the group; on failure writes its batches one by one so that only the failing
	 * writer fails.
	 */
	private void write(List<Pending> group) {
		long started = System.nanoTime();
		try {
			this.writer.write(group.stream().map(Pending::batch).toList());
		}
		catch (RuntimeException | Error ex) {
			if (group.size() == 1) {
				group.get(0)
					.done()
					.completeExceptionally((ex instanceof RuntimeException) ? ex
							: new StorageException("Cannot commit the write: " + ex, ex));
			}
			else {
				group.forEach((pending) -> write(List.of(pending)));
			}
			return;
		}
		synced(group, System.nanoTime() - started);
	}

	/**
	 * Counts the sync and notes who was around before releasing the writers (a released
	 * writer queueing its next batch at once must not count as another writer).
	 */
	private void synced(List<Pending> group, long syncNanos) {
		this.syncs.incrementAndGet();
		this.syncedBatches.addAndGet(group.size());
		this.lastSyncNanos = syncNanos;
		this.recentWriters = group.size() + this.queue.size();
		group.forEach((pending) -> pending.done().complete(null));
	}

	private void failRemaining() {
		Pending pending;
		while ((pending = this.queue.poll()) != null) {
			pending.done().completeExceptionally(new StorageException("Storage is closed"));
		}
	}

	/** Stops after committing what is queued. */
	@Override
	public void close() {
		this.closed = true;
		try {
			this.thread.join(TimeUnit.SECONDS.toMillis(30));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		failRemaining();
	}

	/** Writes several batches atomically as one, synced. */
	@FunctionalInterface
	interface GroupWriter {

		void write(List<WriteBatch> batches);

	}

	private record Pending(WriteBatch batch, CompletableFuture<Void> done) {
	}

}
