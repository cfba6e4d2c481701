package io.quire.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * Runs a {@link Cell} against a {@link Store}: a loop per client thread, each operation
 * timed into the thread's own histogram. In a closed loop a thread sends its next
 * operation when the last is answered; in an open loop each thread follows a fixed
 * schedule and an operation's latency counts from when it was due, not from when it could
 * be sent, so a stalled server shows in the percentiles instead of slowing the load down
 * (no coordinated omission). Every loop ends at the cell's operation count or its
 * deadline; a cell that keeps failing (more than 100 errors) ends early; a client thread
 * stuck in a call that never returns is left behind (a daemon) 30 seconds after the
 * deadline and counted as an error.
 */
public final class CellRunner {

	private static final long MAX_ERRORS = 100;

	/**
	 * How long past its time a cell waits for a client thread stuck in a call that never
	 * returns.
	 */
	private static final Duration STUCK_GRACE = Duration.ofSeconds(30);

	private final @Nullable ProcessCpu serverCpu;

	/** A runner that measures the server's CPU time, if a process is given. */
	public CellRunner(@Nullable ProcessCpu serverCpu) {
		this.serverCpu = serverCpu;
	}

	/** Run the cell: operations come from the workload, keys from the key space. */
	public CellResult run(Cell cell, Store store, KeySpace keys) {
		Loop loop = new Loop(cell, store, keys);
		long cpuBefore = cpuNanos();
		long start = System.nanoTime();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < cell.threads(); i++) {
			int index = i;
			Thread thread = new Thread(() -> loop.runThread(index), "bench-client-" + i);
			thread.setDaemon(true);
			thread.start();
			threads.add(thread);
		}
		long giveUpAt = start + cell.maxTime().plus(STUCK_GRACE).toNanos();
		long stuck = threads.stream().filter((thread) -> !joinedBy(thread, giveUpAt)).count();
		if (stuck > 0) {
			System.err
				.println(cell.label() + ": " + stuck + " client threads still waiting for an answer; left behind");
			loop.errors.addAndGet(stuck);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long cpu = (this.serverCpu != null) ? cpuNanos() - cpuBefore : -1;
		return loop.result(seconds, cpu);
	}

	private long cpuNanos() {
		return (this.serverCpu != null) ? this.serverCpu.cpuNanos() : -1;
	}

	/**
	 * Whether the thread ended before the deadline (a {@link System#nanoTime()} value).
	 */
	private static boolean joinedBy(Thread thread, long deadline) {
		try {
			thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
			return !thread.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for " + thread.getName(), ex);
		}
	}

	/** The shared state of one cell's client threads. */
	private static final class Loop {

		private final Cell cell;

		private final Store store;

		private final KeySpace keys;

		private final long startedAt;

		private final long deadline;

		private final AtomicLong started = new AtomicLong();

		private final AtomicLong completed = new AtomicLong();

		private final AtomicLong errors = new AtomicLong();

		private final Histogram latencies = new Histogram(3);

		Loop(Cell cell, Store store, KeySpace keys) {
			this.cell = cell;
			this.store = store;
			this.keys = keys;
			this.startedAt = System.nanoTime();
			this.deadline = this.startedAt + cell.maxTime().toNanos();
		}

		void runThread(int index) {
			Histogram own = new Histogram(3);
			if (this.cell.isOpenLoop()) {
				runOnSchedule(index, own);
			}
			else {
				while (mayStart(System.nanoTime())) {
					runTimed(own, System.nanoTime());
				}
			}
			synchronized (this.latencies) {
				this.latencies.add(own);
			}
		}

		/**
		 * Each thread sends every {@code threads / target} seconds, the threads staggered
		 * evenly; a thread behind its schedule sends at once.
		 */
		private void runOnSchedule(int index, Histogram own) {
			double interval = this.cell.threads() * 1e9 / this.cell.targetOpsPerSecond();
			long first = this.startedAt + (long) (interval * index / this.cell.threads());
			for (long n = 0; mayStart(first + (long) (interval * n)); n++) {
				long due = first + (long) (interval * n);
				waitUntil(due);
				runTimed(own, due);
			}
		}

		private boolean mayStart(long at) {
			return at < this.deadline && this.errors.get() <= MAX_ERRORS
					&& this.started.incrementAndGet() <= this.cell.maxOperations();
		}

		private static void waitUntil(long due) {
			long delay;
			while ((delay = due - System.nanoTime()) > 0) {
				LockSupport.parkNanos(delay);
			}
		}

		private void runTimed(Histogram own, long begin) {
			try {
				this.cell.workload().runOnce(this.store, this.keys);
				own.recordValue(Math.max(1, (System.nanoTime() - begin) / 1000));
				this.completed.incrementAndGet();
			}
			catch (RuntimeException ex) {
				if (this.errors.incrementAndGet() == 1) {
					System.err.println(this.cell.label() + ": first error: " + ex);
				}
			}
		}

		CellResult result(double seconds, long cpuNanos) {
			long done = this.completed.get();
			double cpuPerOp = (cpuNanos >= 0 && done > 0) ? cpuNanos / 1000.0 / done : -1;
			return new CellResult(this.cell, done, this.errors.get(), seconds, this.latencies.getValueAtPercentile(50),
					this.latencies.getValueAtPercentile(99), this.latencies.getValueAtPercentile(99.9), cpuPerOp, -1);
		}

	}

}
