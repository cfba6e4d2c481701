package io.quire.bench.replication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ReplicationReportTests {

	@TempDir
	Path results;

	@Test
	void summaryShouldTakeMediansAndTheMedianOfEachRoundsRatio() throws IOException {
		Files.writeString(this.results.resolve("throughput.csv"),
				String.join("\n", ThroughputRounds.CSV_HEADER, cell(1, "single", 1000, 10),
						cell(1, "cluster-3", 100, 300), cell(2, "cluster-3", 300, 200), cell(2, "single", 2000, 20),
						cell(3, "single", 4000, 30), cell(3, "cluster-3", 200, 100), ""));
		Files.writeString(this.results.resolve("failover.csv"),
				String.join("\n", FailoverRun.CSV_HEADER, "1,1,2,3000,5,1", "2,2,3,-1,5,9", "3,3,1,2000,5,1", ""));
		new ReplicationReport(this.results).write();
		String json = Files.readString(this.results.resolve("results.json"));
		// ratios per round: 0.1, 0.15, 0.05; docs/s medians 2000 and 200
		assertThat(json).contains("\"cluster_over_single_docs_per_s\" : 0.1\n")
			.contains("\"docs_per_s\" : 2000.0")
			.contains("\"docs_per_s\" : 200.0")
			.contains("\"recovered\" : 2")
			.contains("\"median_ms\" : 2500.0");
		assertThat(Files.readString(this.results.resolve("results.md"))).contains("| LOAD | 16 | 2000 | 200 | 0.10 |")
			.contains("median 2500 ms over 2 of 3 runs");
	}

	@Test
	void mediansOfAnEvenCountShouldAverageTheMiddleTwo() {
		assertThat(ReplicationReport.Medians.of(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
		assertThat(ReplicationReport.Medians.of(List.of())).isNaN();
	}

	private static String cell(int round, String system, double docsPerSecond, double cpu) {
		return round + "," + system + ",LOAD,16,100,0,10.0," + docsPerSecond + "," + docsPerSecond + ",1000,5000,"
				+ cpu;
	}

}
