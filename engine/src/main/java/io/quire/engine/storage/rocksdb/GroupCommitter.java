package io.quire.engine.storage.rocksdb;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.quire.engine.storage.StorageException;
import io.quire.engine.storage.WriteBatch;

/**
 * Commits synced batches for many writers at once. Writers queue their batch and wait;
 * one thread drains everything queued, writes it as a single RocksDB batch with one WAL
 * sync, and releases every writer of that group. A group that fails is retried batch by
 * batch, so each writer learns about its own failure only.
 */
final class GroupCommitter implements AutoCloseable {

	private static final int MAX_GROUP = 1024;

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final GroupWriter writer;

	private final Thread thread;

	private volatile boolean closed;

	GroupCommitter(GroupWriter writer, String name) {
		this.writer = writer;
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

	private void run() {
		List<Pending> group = new ArrayList<>();
		while (!this.closed || !this.queue.isEmpty()) {
			try {
				Pending first = this.queue.poll(100, TimeUnit.MILLISECONDS);
				if (first != null) {
					group.add(first);
					this.queue.drainTo(group, MAX_GROUP - 1);
					write(group);
					group.clear();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		failRemaining();
	}

	private void write(List<Pending> group) {
		try {
			this.writer.write(group.stream().map(Pending::batch).toList());
			group.forEach((pending) -> pending.done().complete(null));
		}
		catch (RuntimeException ex) {
			if (group.size() == 1) {
				group.get(0).done().completeExceptionally(ex);
			}
			else {
				group.forEach((pending) -> write(List.of(pending)));
			}
		}
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
