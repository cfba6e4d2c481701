package io.quire.bench;

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
 * The results of a run: one row per cell, the ratios of the plan, and the facts measured
 * on the side. Written as {@code results.csv}, {@code results.json} and
 * {@code results.md}.
 */
public final class Report {

	private static final String CSV_HEADER = "system,workload,durability,threads,open_loop,target_ops_per_s,ops,errors,seconds,ops_per_s,docs_per_s,"
			+ "p50_us,p99_us,p999_us,server_cpu_us_per_op,fsyncs,acked_writes_per_fsync";

	private final Settings settings;

	private final List<CellResult> results;

	private final Map<String, String> facts;

	Report(Settings settings, List<CellResult> results, Map<String, String> facts) {
		this.settings = settings;
		this.results = List.copyOf(results);
		this.facts = facts;
	}

	/** Every cell measured, in order. */
	public List<CellResult> results() {
		return this.results;
	}

	/** The ratios of the plan that the run measured, by name. */
	public Map<String, Double> ratios() {
		return new Ratios(this.results).all();
	}

	/** Facts measured beside the cells: bytes per document, ready times... */
	public Map<String, String> facts() {
		return this.facts;
	}

	/** The one-line summary of a result, as printed while running. */
	public static String line(CellResult result) {
		Cell cell = result.cell();
		return String.format(Locale.ROOT,
				"%-20s %-10s %-4s t%-3d %9.0f ops/s  p50 %7.0f us  p99 %7.0f us  p99.9 %7.0f us  "
						+ "cpu %6.1f us/op  errors %d%s",
				cell.system(), cell.workload(), cell.durability().reqlName(), cell.threads(), result.opsPerSecond(),
				result.p50Micros(), result.p99Micros(), result.p999Micros(), result.serverCpuMicrosPerOp(),
				result.errors(), (result.fsyncs() >= 0) ? "  fsyncs " + result.fsyncs() : "")
				+ (cell.isOpenLoop() ? String.format(Locale.ROOT, "  open loop %d%% of the best (%.0f ops/s)",
						cell.openLoopPercent(), cell.targetOpsPerSecond()) : "");
	}

	void write() throws IOException {
		Path directory = this.settings.resultsDir();
		Files.createDirectories(directory);
		Files.writeString(directory.resolve("results.csv"), csv());
		Files.writeString(directory.resolve("results.md"), markdown());
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		Files.writeString(directory.resolve("results.json"), json.writeValueAsString(asMap()));
	}

	private String csv() {
		StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
		for (CellResult result : this.results) {
			csv.append(String.join(",", row(result))).append('\n');
		}
		return csv.toString();
	}

	private String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("Keys: ").append(this.settings.keys().name().toLowerCase(Locale.ROOT)).append("\n\n");
		md.append("| ").append(CSV_HEADER.replace(",", " | ")).append(" |\n");
		md.append("|---".repeat(CSV_HEADER.split(",").length)).append("|\n");
		for (CellResult result : this.results) {
			md.append("| ").append(String.join(" | ", row(result))).append(" |\n");
		}
		md.append("\n| ratio | value |\n|---|---|\n");
		ratios()
			.forEach((name, value) -> md.append("| ").append(name).append(" | ").append(format(value)).append(" |\n"));
		md.append("\n| fact | value |\n|---|---|\n");
		this.facts.forEach((name, value) -> md.append("| ").append(name).append(" | ").append(value).append(" |\n"));
		return md.toString();
	}

	private static List<String> row(CellResult result) {
		Cell cell = result.cell();
		return List.of(cell.system(), cell.workload().name(), cell.durability().reqlName(),
				Integer.toString(cell.threads()), cell.isOpenLoop() ? cell.openLoopPercent() + "%" : "",
				cell.isOpenLoop() ? format(cell.targetOpsPerSecond()) : "", Long.toString(result.operations()),
				Long.toString(result.errors()), format(result.seconds()), format(result.opsPerSecond()),
				format(result.documentsPerSecond()), format(result.p50Micros()), format(result.p99Micros()),
				format(result.p999Micros()), format(result.serverCpuMicrosPerOp()), Long.toString(result.fsyncs()),
				Ratios.writesPerFsync(result).map(Report::format).orElse(""));
	}

	private Map<String, Object> asMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("profile", this.settings.profile().name());
		map.put("keys", this.settings.keys().name().toLowerCase(Locale.ROOT));
		List<Map<String, Object>> rows = new ArrayList<>();
		String[] names = CSV_HEADER.split(",");
		for (CellResult result : this.results) {
			List<String> values = row(result);
			Map<String, Object> row = new LinkedHashMap<>();
			for (int i = 0; i < names.length; i++) {
				row.put(names[i], values.get(i));
			}
			rows.add(row);
		}
		map.put("cells", rows);
		map.put("ratios", ratios());
		map.put("facts", this.facts);
		return map;
	}

	static String format(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return String.format(Locale.ROOT, (Math.abs(value) >= 100) ? "%.0f" : "%.2f", value);
	}

}
