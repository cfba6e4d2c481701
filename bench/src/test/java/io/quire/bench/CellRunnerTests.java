package io.quire.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellRunnerTests {

	private static final Duration STALL = Duration.ofMillis(300);

	@Test
	void openLoopSendsNoFasterThanItsTarget() {
		Cell cell = noops(2).openLoop(50, 1000);
		CellResult result = new CellRunner(null).run(cell, new StallingStore(Duration.ZERO), keys());
		// 500 ops/s for one second; the pacer may fall behind on a busy machine, never
		// ahead.
		assertThat(result.operations()).isBetween(1L, 500L + cell.threads());
	}

	@Test
	void openLoopCountsAStallAgainstEveryOperationDueDuringIt() {
		CellResult result = new CellRunner(null).run(noops(1).openLoop(100, 1000), new StallingStore(STALL), keys());
		assertThat(result.p99Micros()).isGreaterThanOrEqualTo(200_000);
	}

	@Test
	void closedLoopCountsAStallOnlyOnce() {
		CellResult result = new CellRunner(null).run(noops(1), new StallingStore(STALL), keys());
		assertThat(result.operations()).isGreaterThan(100);
		assertThat(result.p99Micros()).isLessThan(200_000);
	}

	private static Cell noops(int threads) {
		return new Cell("test", Workload.NOOP, Durability.SOFT, threads, 1_000_000, Duration.ofSeconds(1));
	}

	private static KeySpace keys() {
		return new KeySpace(0, KeyDistribution.UNIFORM);
	}

	/** A store whose first no-op stalls; every other call returns at once. */
	private static final class StallingStore implements Store {

		private final Duration stall;

		private final AtomicBoolean stalled = new AtomicBoolean();

		StallingStore(Duration stall) {
			this.stall = stall;
		}

		@Override
		public void noop() {
			if (!this.stall.isZero() && this.stalled.compareAndSet(false, true)) {
				try {
					Thread.sleep(this.stall.toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}

		@Override
		public void recreateTable() {
		}

		@Override
		public void insert(String key, Map<String, Object> fields) {
		}

		@Override
		public void insertBatch(List<Map<String, Object>> documents) {
		}

		@Override
		public Map<String, Object> read(String key) {
			return Map.of();
		}

		@Override
		public void update(String key, String field, String value) {
		}

		@Override
		public int scan(String startKey, int count) {
			return 0;
		}

		@Override
		public void close() {
		}

	}

}
