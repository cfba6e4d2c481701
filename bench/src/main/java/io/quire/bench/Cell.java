package io.quire.bench;

import java.time.Duration;
import java.util.Locale;

/**
 * One measurement: a system (and how its client connects) running a workload at a
 * durability with a number of client threads, stopping at {@code maxOperations} or after
 * {@code maxTime}, whichever comes first. A closed-loop cell sends each thread's next
 * operation as soon as the last one is answered; an open-loop cell sends operations on a
 * fixed schedule at {@code targetOpsPerSecond} (all threads together), chosen as
 * {@code openLoopPercent} of the system's best closed-loop rate.
 */
public record Cell(String system, Workload workload, Durability durability, int threads, long maxOperations,
		Duration maxTime, int openLoopPercent, double targetOpsPerSecond) {

	/** A closed-loop cell. */
	public Cell(String system, Workload workload, Durability durability, int threads, long maxOperations,
			Duration maxTime) {
		this(system, workload, durability, threads, maxOperations, maxTime, 0, 0);
	}

	/** Whether operations follow a schedule rather than each other. */
	public boolean isOpenLoop() {
		return this.targetOpsPerSecond > 0;
	}

	/** This cell, run open-loop at the given share of a closed-loop rate. */
	public Cell openLoop(int percent, double closedLoopOpsPerSecond) {
		return new Cell(this.system, this.workload, this.durability, this.threads, this.maxOperations, this.maxTime,
				percent, closedLoopOpsPerSecond * percent / 100);
	}

	/** This cell with another time limit (for warm-ups). */
	public Cell lasting(Duration time) {
		return new Cell(this.system, this.workload, this.durability, this.threads, this.maxOperations, time,
				this.openLoopPercent, this.targetOpsPerSecond);
	}

	/** A short name for logs. */
	public String label() {
		String label = this.system + " " + this.workload + " " + this.durability.reqlName() + " t" + this.threads;
		return isOpenLoop() ? label
				+ String.format(Locale.ROOT, " open %d%% (%.0f ops/s)", this.openLoopPercent, this.targetOpsPerSecond)
				: label;
	}

}
