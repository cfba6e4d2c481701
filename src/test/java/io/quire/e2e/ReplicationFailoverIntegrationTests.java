package io.quire.e2e;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.quire.e2e.ServerGroup.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three server jars on loopback form a replicated group. Clients write to the primary
 * with the official driver; the primary is killed with SIGKILL under that load; a new
 * primary must take writes within 5 s, and every write acknowledged before, during and
 * after must be on every surviving member.
 */
class ReplicationFailoverIntegrationTests {

	private static final int WRITERS = 3;

	@TempDir
	Path work;

	private ServerGroup group;

	private LedgerWriters writers;

	@AfterEach
	void stopMembers() throws InterruptedException {
		if (this.writers != null) {
			this.writers.close();
		}
		if (this.group != null) {
			this.group.close();
		}
	}

	@Test
	void killingThePrimaryUnderWritesShouldKeepEveryAcknowledgedWriteOnEverySurvivor() throws Exception {
		this.group = ServerGroup.start(this.work);
		int first = this.group.createTableOnThePrimary("ledger");
		this.writers = LedgerWriters.start(this.group, "ledger", first, WRITERS);
		Poll.until(PATIENCE, () -> this.writers.count((ack) -> true) >= 30, this::state);
		int killed = this.group.awaitPrimary();
		this.group.kill(killed);
		long killedAt = System.nanoTime();
		Poll.until(PATIENCE, () -> this.writers.count((ack) -> ack.member() != killed) >= 30, this::state);
		this.writers.close();
		long firstAfterKill = this.writers.acks()
			.stream()
			.filter((ack) -> ack.member() != killed)
			.mapToLong(LedgerWriters.Ack::at)
			.min()
			.orElseThrow();
		assertThat(Duration.ofNanos(firstAfterKill - killedAt))
			.as("time from the kill to the first write a new primary acknowledged")
			.isLessThan(Duration.ofSeconds(5));
		for (int member : this.group.alive()) {
			Poll.until(PATIENCE, () -> this.group.storedIds(member, "ledger").containsAll(this.writers.acknowledged()),
					this::state);
		}
	}

	private String state() {
		return this.writers + ", " + this.group.state();
	}

}
