package io.quire.engine.cluster;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads what a member caches from its store (catalog, users) after entries of other
 * members were applied, on its own thread: the state machine never waits on catalog
 * locks, and a burst of entries costs one reload, not one each.
 */
public final class CacheRefresher implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(CacheRefresher.class);

	private final Runnable reload;

	private final AtomicBoolean pending = new AtomicBoolean();

	private final ExecutorService thread = Executors.newSingleThreadExecutor((task) -> {
		Thread refresher = new Thread(task, "quire-cache-refresher");
		refresher.setDaemon(true);
		return refresher;
	});

	public CacheRefresher(Runnable reload) {
		this.reload = reload;
	}

	/** Called after an entry of another member was applied. */
	public void applied(LogEntry entry) {
		if (entry.touchesMetadata() && this.pending.compareAndSet(false, true)) {
			submit(this::run);
		}
	}

	/** Called after the store's contents were replaced: everything is reloaded. */
	public void restored() {
		if (this.pending.compareAndSet(false, true)) {
			submit(this::run);
		}
	}

	/**
	 * Runs a task on this refresher's thread, after the reloads asked for before it, so
	 * that it sees the caches up to date; a failure is logged.
	 */
	public void execute(Runnable task) {
		submit(() -> {
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				logger.warn("A task after replicated changes failed", ex);
			}
		});
	}

	/**
	 * Queues the task unless this refresher is closed: the member is closing, and Raft
	 * may still apply entries while it shuts down, which must not fail on the way.
	 */
	private void submit(Runnable task) {
		try {
			this.thread.execute(task);
		}
		catch (RejectedExecutionException closed) {
			logger.debug("Closed: no reload after a replicated change");
		}
	}

	private void run() {
		this.pending.set(false);
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
