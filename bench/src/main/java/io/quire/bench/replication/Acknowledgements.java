package io.quire.bench.replication;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the writers of a failover run saw, shared between them: acknowledged writes, the
 * moment of the kill and the first write acknowledged that was sent after it.
 */
final class Acknowledgements {

	private final AtomicLong count = new AtomicLong();

	private final AtomicLong failuresAfterKill = new AtomicLong();

	private volatile long killingAt = Long.MAX_VALUE;

	private volatile long killedAt = Long.MAX_VALUE;

	private volatile long firstAfterKill = Long.MAX_VALUE;

	private volatile int firstPort = -1;

	/** A write sent and acknowledged at these {@link System#nanoTime()}s by the port. */
	void acknowledged(long sent, long acknowledged, int port) {
		this.count.incrementAndGet();
		if (sent > this.killedAt) {
			synchronized (this) {
				if (acknowledged < this.firstAfterKill) {
					this.firstAfterKill = acknowledged;
					this.firstPort = port;
					notifyAll();
				}
			}
		}
	}

	/** A write failed. */
	void failed() {
		if (System.nanoTime() > this.killingAt) {
			this.failuresAfterKill.incrementAndGet();
		}
	}

	/** The kill is about to be sent. */
	void killing() {
		this.killingAt = System.nanoTime();
	}

	/** The kill was sent: a write sent from now on cannot reach the killed process. */
	void killed() {
		this.killedAt = System.nanoTime();
	}

	/** Whether a write sent after the kill was acknowledged within the bound. */
	synchronized boolean awaitFirstAfterKill(Duration bound) throws InterruptedException {
		long deadline = System.nanoTime() + bound.toNanos();
		while (this.firstAfterKill == Long.MAX_VALUE) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			wait(Math.max(1, left / 1_000_000));
		}
		return true;
	}

	long count() {
		return this.count.get();
	}

	long failuresAfterKill() {
		return this.failuresAfterKill.get();
	}

	/** From the kill to the first write acknowledged after it. */
	double failoverMillis() {
		return (this.firstAfterKill - this.killingAt) / 1e6;
	}

	int firstPort() {
		return this.firstPort;
	}

}
