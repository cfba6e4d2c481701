package io.quire.bench;

import java.time.Duration;

/**
 * One measurement: a system (and how its client connects) running a workload at a
 * durability with a number of client threads, stopping at {@code maxOperations} or after
 * {@code maxTime}, whichever comes first.
 */
public record Cell(String system, Workload workload, Durability durability, int threads, long maxOperations,
		Duration maxTime) {

	/** A short name for logs. */
	public String label() {
		return this.system + " " + this.workload + " " + this.durability.reqlName() + " t" + this.threads;
	}

}
