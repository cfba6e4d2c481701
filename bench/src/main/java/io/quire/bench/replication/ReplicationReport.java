package io.quire.bench.replication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Medians of a replication run's lines ({@code throughput.csv}, {@code failover.csv}),
 * written as {@code results.md} and {@code results.json} beside them. The group's ratio
 * to the single server is taken round by round (both measured within the same minute),
 * then its median.
 */
final class ReplicationReport {

	private static final String SINGLE = "single";

	private static final String CLUSTER = "cluster-3";

	private final Path directory;

	ReplicationReport(Path directory) {
		this.directory = directory;
	}

	void write() throws IOException {
		List<Map<String, String>> cells = CsvLines.read(this.directory.resolve("throughput.csv"));
		List<Map<String, String>> failovers = CsvLines.read(this.directory.resolve("failover.csv"));
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("throughput", throughput(cells));
		summary.put("failover", failover(failovers));
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		Files.writeString(this.directory.resolve("results.json"), json.writeValueAsString(summary));
		String markdown = ReplicationMarkdown.of(summary);
		Files.writeString(this.directory.resolve("results.md"), markdown);
		System.out.print(markdown);
	}

	private static List<Map<String, Object>> throughput(List<Map<String, String>> cells) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (String workload : cells.stream().map((cell) -> cell.get("workload")).distinct().toList()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("workload", workload);
			row.put("threads", Integer.parseInt(cells.get(0).get("threads")));
			for (String system : List.of(SINGLE, CLUSTER)) {
				List<Map<String, String>> own = cells.stream()
					.filter((cell) -> cell.get("workload").equals(workload) && cell.get("system").equals(system))
					.toList();
				row.put(system, medians(own));
			}
			row.put("rounds", CsvLines.column(cells, workload, SINGLE, "docs_per_s").size());
			row.put("cluster_over_single_docs_per_s", Medians.of(roundRatios(cells, workload)));
			rows.add(row);
		}
		return rows;
	}

	private static Map<String, Object> medians(List<Map<String, String>> cells) {
		Map<String, Object> medians = new LinkedHashMap<>();
		for (String column : List.of("requests_per_s", "docs_per_s", "p50_us", "p99_us", "server_cpu_us_per_doc")) {
			medians.put(column,
					Medians.of(cells.stream().map((cell) -> Double.parseDouble(cell.get(column))).toList()));
		}
		medians.put("errors", cells.stream().mapToLong((cell) -> Long.parseLong(cell.get("errors"))).sum());
		return medians;
	}

	private static List<Double> roundRatios(List<Map<String, String>> cells, String workload) {
		List<Double> single = CsvLines.column(cells, workload, SINGLE, "docs_per_s");
		List<Double> cluster = CsvLines.column(cells, workload, CLUSTER, "docs_per_s");
		List<Double> ratios = new ArrayList<>();
		for (int i = 0; i < Math.min(single.size(), cluster.size()); i++) {
			ratios.add(cluster.get(i) / single.get(i));
		}
		return ratios;
	}

	private static Map<String, Object> failover(List<Map<String, String>> runs) {
		List<Double> times = runs.stream()
			.map((run) -> Double.parseDouble(run.get("failover_ms")))
			.filter((ms) -> ms >= 0)
			.toList();
		Map<String, Object> failover = new LinkedHashMap<>();
		failover.put("runs", runs.size());
		failover.put("recovered", times.size());
		failover.put("median_ms", Medians.of(times));
		failover.put("min_ms", times.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN));
		failover.put("max_ms", times.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
		failover.put("each_ms", times);
		return failover;
	}

	/** The median of a list of numbers (the mean of the middle two for an even count). */
	static final class Medians {

		private Medians() {
		}

		static double of(List<Double> values) {
			if (values.isEmpty()) {
				return Double.NaN;
			}
			List<Double> sorted = values.stream().sorted().toList();
			int middle = sorted.size() / 2;
			return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
		}

	}

	static String format(double value) {
		return String.format(Locale.ROOT, (Math.abs(value) >= 100) ? "%.0f" : "%.2f", value);
	}

}
