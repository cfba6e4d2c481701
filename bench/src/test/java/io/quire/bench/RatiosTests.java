package io.quire.bench;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RatiosTests {

	@Test
	void throughputRatioDividesTheSystemsRatesOfTheSameCell() {
		List<CellResult> results = List.of(result(Systems.S1_POOL, Workload.C, 300, -1),
				result(Systems.S3, Workload.C, 100, -1));
		assertThat(new Ratios(results).all()).containsEntry("R1 S1-pool/S3 C hard t16", 3.0);
	}

	@Test
	void ratioIsLeftOutWhenTheBaselineWasNotMeasured() {
		List<CellResult> results = List.of(result(Systems.S1_POOL, Workload.C, 300, -1));
		assertThat(new Ratios(results).all()).doesNotContainKey("R1 S1-pool/S3 C hard t16");
	}

	@Test
	void throughputRatiosLeaveOpenLoopCellsOut() {
		CellResult openLoop = result(Systems.S1_POOL, Workload.C, 50, -1);
		openLoop = new CellResult(openLoop.cell().openLoop(50, 100), 50, 0, 1.0, 10, 20, 30, 5, -1);
		List<CellResult> results = List.of(openLoop, result(Systems.S3, Workload.C, 100, -1));
		assertThat(new Ratios(results).all()).doesNotContainKey("R1 S1-pool/S3 C hard t16");
	}

	@Test
	void tailLatencyRatioComparesP99AtTheSameShareOfEachSystemsBestRate() {
		List<CellResult> results = List.of(openLoop(Systems.S1_SHARED, 50, 3000, 400),
				openLoop(Systems.S3, 50, 2000, 200), openLoop(Systems.S3, 80, 1000, 900));
		assertThat(new Ratios(results).all()).containsEntry("R4 p99 S1-shared/S3 C open 50%", 2.0)
			.doesNotContainKey("R4 p99 S1-shared/S3 C open 80%");
	}

	@Test
	void afterOverBeforeDividesThisBuildsRateByTheEarlierBuildsInTheSameCell() {
		List<CellResult> results = List.of(result(Systems.onBuild(Systems.S1_SHARED, "abc123"), Workload.A, 200, -1),
				result(Systems.S1_SHARED, Workload.A, 300, -1));
		assertThat(new Ratios(results).all()).containsEntry("after/before (abc123) S1-shared A hard t16", 1.5);
	}

	@Test
	void writesPerFsyncCountOnlyTheWritesOfAMixedWorkload() {
		assertThat(Ratios.writesPerFsync(result(Systems.S1_SHARED, Workload.A, 100, 25)).orElseThrow()).isCloseTo(2.0,
				within(1e-9));
		assertThat(Ratios.writesPerFsync(result(Systems.S1_SHARED, Workload.LOAD_BATCH, 100, 50)).orElseThrow())
			.isCloseTo(200.0, within(1e-9));
	}

	@Test
	void writesPerFsyncIsAbsentWhenFsyncsWereNotCounted() {
		assertThat(Ratios.writesPerFsync(result(Systems.S1_SHARED, Workload.A, 100, -1))).isEmpty();
	}

	private static CellResult openLoop(String system, int percent, double bestRate, double p99) {
		Cell cell = new Cell(system, Workload.C, Durability.HARD, 16, 1000, Duration.ofSeconds(1)).openLoop(percent,
				bestRate);
		return new CellResult(cell, 100, 0, 1.0, 10, p99, p99 * 2, 5, -1);
	}

	private static CellResult result(String system, Workload workload, long operations, long fsyncs) {
		Cell cell = new Cell(system, workload, Durability.HARD, 16, 1000, Duration.ofSeconds(1));
		return new CellResult(cell, operations, 0, 1.0, 10, 20, 30, 5, fsyncs);
	}

}
