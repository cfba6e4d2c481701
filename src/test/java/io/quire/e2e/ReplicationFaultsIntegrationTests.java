package io.quire.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.gen.exc.ReqlOpFailedError;
import com.rethinkdb.gen.exc.ReqlOpIndeterminateError;
import com.rethinkdb.net.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.quire.e2e.ServerGroup.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The faults of issue 18 other than a primary's crash, on three server jars under the
 * write load of {@link LedgerWriters}: a standby frozen with SIGSTOP, the killed primary
 * restarting, and a group left with a minority. Whatever happens, every acknowledged
 * write is on every member in the end.
 */
class ReplicationFaultsIntegrationTests {

	private static final String TABLE = "ledger";

	private static final int WRITERS = 2;

	/** Acknowledgements that show the group took writes in a phase of a test. */
	private static final int SOME = 20;

	/** Quire's bound on a write no majority confirms. */
	private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

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
	void standbyFrozenForTwentySecondsShouldCatchUpWithEveryAcknowledgedWrite() throws Exception {
		int primary = startWriting();
		int frozen = (primary + 1) % ServerGroup.SIZE;
		this.group.pause(frozen);
		long frozenAt = System.nanoTime();
		awaitAcknowledgedSince(frozenAt);
		Thread.sleep(Math.max(0, Duration.ofSeconds(20).toMillis() - millisSince(frozenAt)));
		this.group.resume(frozen);
		awaitAcknowledgedSince(System.nanoTime());
		this.writers.close();
		assertEveryAcknowledgedWriteIsOnEveryMember();
	}

	@Test
	void killedPrimaryShouldRestartAsAStandbyAndCatchUp() throws Exception {
		int old = startWriting();
		this.group.kill(old);
		awaitAcknowledgedSince(System.nanoTime());
		this.group.restart(old);
		assertThat(this.group.role(old)).as("role of the old primary right after its restart").isEqualTo("standby");
		awaitAcknowledgedSince(System.nanoTime());
		this.writers.close();
		assertEveryAcknowledgedWriteIsOnEveryMember();
	}

	@Test
	void minorityShouldRefuseWritesAndTheWholeGroupShouldTakeThemAgain() throws Exception {
		int primary = startWriting();
		int[] others = { (primary + 1) % ServerGroup.SIZE, (primary + 2) % ServerGroup.SIZE };
		for (int other : others) {
			this.group.pause(other);
		}
		long minorityFrom = System.nanoTime();
		long started = System.nanoTime();
		Throwable failure = writeOnce(primary, "lonely");
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(failure).as("a write on the one member left")
			.isInstanceOfAny(ReqlOpIndeterminateError.class, ReqlOpFailedError.class);
		assertThat(took).as("time to the failure of a write on a minority").isLessThan(WRITE_TIMEOUT.plusSeconds(5));
		// acknowledgements of entries committed before the others froze may still arrive
		long settled = minorityFrom + Duration.ofSeconds(1).toNanos();
		assertThat(this.writers.count((ack) -> ack.at() > settled)).as("writes a minority acknowledged").isZero();
		for (int other : others) {
			this.group.resume(other);
		}
		awaitAcknowledgedSince(System.nanoTime());
		this.writers.close();
		assertEveryAcknowledgedWriteIsOnEveryMember();
	}

	/**
	 * Starts the group, its table and the writers on the primary; returns the primary
	 * once they wrote (a young group may have changed its leader meanwhile).
	 */
	private int startWriting() throws Exception {
		this.group = ServerGroup.start(this.work);
		int primary = this.group.createTableOnThePrimary(TABLE);
		this.writers = LedgerWriters.start(this.group, TABLE, primary, WRITERS);
		awaitAcknowledgedSince(Long.MIN_VALUE);
		return this.group.awaitPrimary();
	}

	private void awaitAcknowledgedSince(long since) throws InterruptedException {
		Poll.until(PATIENCE, () -> this.writers.count((ack) -> ack.at() > since) >= SOME, this::state);
	}

	/** One insert on a member, bounded: its failure, or null if it was acknowledged. */
	private Throwable writeOnce(int member, String id) throws Exception {
		return CompletableFuture.supplyAsync(() -> catchThrowable(() -> {
			try (Connection connection = this.group.connect(member)) {
				RethinkDB.r.table(TABLE)
					.insert(Map.of("id", id))
					.optArg("durability", "hard")
					.runAtom(connection, Map.class);
			}
		})).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
	}

	private void assertEveryAcknowledgedWriteIsOnEveryMember() throws InterruptedException {
		assertThat(this.writers.acknowledged()).isNotEmpty();
		for (int member = 0; member < ServerGroup.SIZE; member++) {
			int checked = member;
			Poll.until(PATIENCE, () -> this.group.storedIds(checked, TABLE).containsAll(this.writers.acknowledged()),
					() -> "n" + checked + " misses acknowledged writes; " + state());
		}
	}

	private static long millisSince(long nanos) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
	}

	private String state() {
		return this.writers + ", " + this.group.state();
	}

}
