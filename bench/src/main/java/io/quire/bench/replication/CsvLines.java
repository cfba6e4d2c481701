package io.quire.bench.replication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The lines of a plain CSV file (no quoting) as maps from its header's names. */
final class CsvLines {

	private CsvLines() {
	}

	/** Every line after the header; none when the file is missing. */
	static List<Map<String, String>> read(Path file) throws IOException {
		if (!Files.exists(file)) {
			return List.of();
		}
		List<String> lines = Files.readAllLines(file);
		String[] names = lines.get(0).split(",");
		List<Map<String, String>> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) {
				continue;
			}
			String[] values = line.split(",");
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < names.length; i++) {
				row.put(names[i], (i < values.length) ? values[i] : "");
			}
			rows.add(row);
		}
		return rows;
	}

	/** One column of the lines of a workload and system, in file order, as numbers. */
	static List<Double> column(List<Map<String, String>> rows, String workload, String system, String column) {
		return rows.stream()
			.filter((row) -> row.get("workload").equals(workload) && row.get("system").equals(system))
			.map((row) -> Double.parseDouble(row.get(column)))
			.toList();
	}

}
