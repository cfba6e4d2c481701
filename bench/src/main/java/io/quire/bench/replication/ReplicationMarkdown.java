package io.quire.bench.replication;

import java.util.List;
import java.util.Map;

/** The replication summary as a short Markdown page. */
final class ReplicationMarkdown {

	private ReplicationMarkdown() {
	}

	@SuppressWarnings("unchecked")
	static String of(Map<String, Object> summary) {
		StringBuilder md = new StringBuilder("# Replication\n\n");
		md.append("Durable (`hard`) inserts, medians over the rounds; CPU is the server processes' ")
			.append("(the three members' together for the group) per document.\n\n")
			.append("| workload | threads | single docs/s | group docs/s | group/single | single p50/p99 ms | ")
			.append("group p50/p99 ms | single CPU µs/doc | group CPU µs/doc |\n")
			.append("|---|---|---|---|---|---|---|---|---|\n");
		for (Map<String, Object> row : (List<Map<String, Object>>) summary.get("throughput")) {
			Map<String, Object> single = (Map<String, Object>) row.get("single");
			Map<String, Object> group = (Map<String, Object>) row.get("cluster-3");
			md.append("| ")
				.append(row.get("workload"))
				.append(" | ")
				.append(row.get("threads"))
				.append(" | ")
				.append(number(single, "docs_per_s"))
				.append(" | ")
				.append(number(group, "docs_per_s"))
				.append(" | ")
				.append(ReplicationReport.format((Double) row.get("cluster_over_single_docs_per_s")))
				.append(" | ")
				.append(latencies(single))
				.append(" | ")
				.append(latencies(group))
				.append(" | ")
				.append(number(single, "server_cpu_us_per_doc"))
				.append(" | ")
				.append(number(group, "server_cpu_us_per_doc"))
				.append(" |\n");
		}
		Map<String, Object> failover = (Map<String, Object>) summary.get("failover");
		md.append("\nFailover (SIGKILL of the primary under load to the first write a new primary acknowledged): ")
			.append("median ")
			.append(ReplicationReport.format((Double) failover.get("median_ms")))
			.append(" ms over ")
			.append(failover.get("recovered"))
			.append(" of ")
			.append(failover.get("runs"))
			.append(" runs (each: ")
			.append(failover.get("each_ms"))
			.append(").\n");
		return md.toString();
	}

	private static String number(Map<String, Object> cells, String column) {
		return ReplicationReport.format((Double) cells.get(column));
	}

	private static String latencies(Map<String, Object> cells) {
		return ReplicationReport.format((Double) cells.get("p50_us") / 1000) + " / "
				+ ReplicationReport.format((Double) cells.get("p99_us") / 1000);
	}

}
