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

	private static CellResult result(String system, Workload workload, long operations, long fsyncs) {
		Cell cell = new Cell(system, workload, Durability.HARD, 16, 1000, Duration.ofSeconds(1));
		return new CellResult(cell, operations, 0, 1.0, 10, 20, 30, 5, fsyncs);
	}

}
