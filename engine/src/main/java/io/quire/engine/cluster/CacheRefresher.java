package io.quire.engine.cluster;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads what a member caches from its store (catalog, users) after entries of other
 * members were applied, on its own thread: the state machine never waits on catalog
 * locks, and a burst of entries costs one reload, not one each. A reload after applied
 * entries waits {@value #DELAY_MILLIS} ms for more: nearly every write carries its
 * table's count in the metadata, and under a steady load of writes reloading back to back
 * (each a scan of the metadata) cost a standby more CPU than applying the writes did.
 */
public final class CacheRefresher implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(CacheRefresher.class);

	/** How long a reload after applied entries waits for more to share it. */
	static final long DELAY_MILLIS = 50;

	private static final byte[] COUNT_PREFIX = "count:".getBytes(StandardCharsets.UTF_8);

	private final Runnable reload;

	private final AtomicBoolean pending = new AtomicBoolean();

	private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread refresher = new Thread(task, "quire-cache-refresher");
		refresher.setDaemon(true);
		return refresher;
	});

	public CacheRefresher(Runnable reload) {
		this.reload = reload;
	}

	/** Called after an entry of another member was applied. */
	public void applied(LogEntry entry) {
		if (entry.touchesMetadataBesides(COUNT_PREFIX)) {
			this.pending.set(true);
			schedule(this::run, 0);
		}
		else if (entry.touchesMetadata() && this.pending.compareAndSet(false, true)) {
			schedule(this::run, DELAY_MILLIS);
		}
	}

	/** Called after the store's contents were replaced: everything is reloaded now. */
	public void restored() {
		this.pending.set(true);
		schedule(this::run, 0);
	}

	/**
	 * Runs a task on this refresher's thread, after the reloads asked for before it, so
	 * that it sees the caches up to date (a reload still waiting runs first); a failure
	 * is logged.
	 */
	public void execute(Runnable task) {
		schedule(() -> {
			run();
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				logger.warn("A task after replicated changes failed", ex);
			}
		}, 0);
	}

	/**
	 * Queues the task unless this refresher is closed: the member is closing, and Raft
	 * may still apply entries while it shuts down, which must not fail on the way.
	 */
	private void schedule(Runnable task, long delayMillis) {
		try {
			this.thread.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException closed) {
			logger.debug("Closed: no reload after a replicated change");
		}
	}

	/** Reloads unless nothing was asked for since the last reload. */
	private void run() {
		if (!this.pending.getAndSet(false)) {
			return;
		}
		try {
			this.reload.run();
		}
		catch (RuntimeException ex) {
			logger.warn("Reloading the catalog after replicated changes failed", ex);
		}
	}

	@Override
	public void close() {
		this.thread.shutdownNow();
		try {
			this.thread.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
