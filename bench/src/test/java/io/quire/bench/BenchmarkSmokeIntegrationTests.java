package io.quire.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the harness's smoke profile (tiny counts) against an embedded Quire server,
 * through Quire's driver and the official one, so that the benchmark cannot rot. Measures
 * nothing worth reading.
 */
class BenchmarkSmokeIntegrationTests {

	@TempDir
	static Path temp;

	static QuireServer server;

	static QuireServer earlierServer;

	static Report report;

	@BeforeAll
	static void runSmokeProfile() throws Exception {
		server = QuireServer.builder().port(0).dataDirectory(temp.resolve("quire")).build();
		server.start();
		earlierServer = QuireServer.builder().port(0).inMemory().build();
		earlierServer.start();
		Settings settings = Settings
			.quireOnly(Profile.smoke(), "127.0.0.1", server.port(), temp.resolve("results"), temp.resolve("scratch"))
			.withBefore(new Settings.EarlierServer("earlier", earlierServer.port(), -1, null));
		report = new Benchmark(settings).run();
	}

	@AfterAll
	static void stopServers() {
		server.close();
		earlierServer.close();
	}

	@Test
	void everyQuireClientRunsEveryWorkloadWithoutErrors() {
		Set<String> measured = report.results()
			.stream()
			.filter((result) -> result.operations() > 0 && result.errors() == 0)
			.map((result) -> result.cell().system() + " " + result.cell().workload())
			.collect(Collectors.toSet());
		for (String system : Systems.QUIRE) {
			for (Workload workload : List.of(Workload.LOAD, Workload.C, Workload.B, Workload.A, Workload.E,
					Workload.NOOP)) {
				assertThat(measured).contains(system + " " + workload);
			}
		}
		assertThat(measured).contains(Systems.S1_POOL + " " + Workload.LOAD_BATCH);
	}

	@Test
	void anEarlierServerRunsTheSameS1CellsAndIsComparedCellByCell() {
		assertThat(report.results()).anySatisfy((result) -> {
			assertThat(result.cell().system()).isEqualTo("S1-shared@earlier");
			assertThat(result.cell().workload()).isEqualTo(Workload.A);
			assertThat(result.operations()).isPositive();
		});
		assertThat(report.ratios()).containsKeys("after/before (earlier) S1-shared C soft t2",
				"after/before (earlier) S1-pool A soft t1");
	}

	@Test
	void readsAreAlsoMeasuredOpenLoopAtAShareOfTheBestRate() {
		assertThat(report.results()).filteredOn((result) -> result.cell().isOpenLoop())
			.extracting((result) -> result.cell().system())
			.contains(Systems.S1_POOL, Systems.S1_SHARED, "S1-shared@earlier");
		assertThat(report.results()).filteredOn((result) -> result.cell().isOpenLoop())
			.allSatisfy((result) -> assertThat(result.errors()).isZero());
	}

	@Test
	void cellsStopAtTheirOperationCount() {
		assertThat(report.results()).allSatisfy((result) -> assertThat(result.operations() + result.errors())
			.isLessThanOrEqualTo(result.cell().maxOperations()));
	}

	@Test
	void loadBatchStoresTheProfileRecords() {
		CellResult load = report.results()
			.stream()
			.filter((r) -> r.cell().workload() == Workload.LOAD_BATCH)
			.findFirst()
			.orElseThrow();
		assertThat(load.operations() * Workload.BATCH_SIZE).isEqualTo(Profile.smoke().records());
	}

	@Test
	void resultFilesHoldEveryCellAndTheDriverRatios() throws Exception {
		Path results = temp.resolve("results");
		assertThat(Files.readAllLines(results.resolve("results.csv"))).hasSize(report.results().size() + 1);
		assertThat(Files.readString(results.resolve("results.md"))).contains("R3 S1-shared/S2-shared C soft t1");
		assertThat(Files.readString(results.resolve("results.json"))).contains("\"cells\"");
		assertThat(report.ratios()).containsKeys("R3 S1-pool/S2-multi A soft t2");
	}

}
