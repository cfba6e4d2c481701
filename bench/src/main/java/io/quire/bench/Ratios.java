package io.quire.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ratios of the benchmark plan (research/perf.md section 5.5), computed from the
 * cells that were measured; a ratio whose cells are missing is left out.
 */
final class Ratios {

	private final List<CellResult> results;

	private final Map<String, Double> ratios = new LinkedHashMap<>();

	Ratios(List<CellResult> results) {
		this.results = results;
	}

	/**
	 * Acknowledged document writes per fsync of a durable write cell, when its fsyncs
	 * were counted; the writes of a mixed workload are its operations times its write
	 * share.
	 */
	static Optional<Double> writesPerFsync(CellResult result) {
		if (result.fsyncs() <= 0) {
			return Optional.empty();
		}
		Workload workload = result.cell().workload();
		double writes = result.operations() * workload.writeFraction() * workload.documentsPerOperation();
		return Optional.of(writes / result.fsyncs());
	}

	Map<String, Double> all() {
		for (int threads : this.results.stream().map((r) -> r.cell().threads()).distinct().sorted().toList()) {
			for (Durability durability : Durability.values()) {
				String d = durability.reqlName();
				put("R1 S1-pool/S3 C " + d + " t" + threads, Systems.S1_POOL, Systems.S3, Workload.C, durability,
						threads);
				put("R2 S1-pool/S3 A " + d + " t" + threads, Systems.S1_POOL, Systems.S3, Workload.A, durability,
						threads);
				put("R1 S1-pool1/S3 C " + d + " t" + threads, Systems.S1_POOL_EXCLUSIVE, Systems.S3, Workload.C,
						durability, threads);
				put("R2 S1-pool1/S3 A " + d + " t" + threads, Systems.S1_POOL_EXCLUSIVE, Systems.S3, Workload.A,
						durability, threads);
				put("R3 S1-shared/S2-shared C " + d + " t" + threads, Systems.S1_SHARED, Systems.S2_SHARED, Workload.C,
						durability, threads);
				put("R3 S1-pool/S2-multi C " + d + " t" + threads, Systems.S1_POOL, Systems.S2_MULTI, Workload.C,
						durability, threads);
				put("R3 S1-shared/S2-shared A " + d + " t" + threads, Systems.S1_SHARED, Systems.S2_SHARED, Workload.A,
						durability, threads);
				put("R3 S1-pool/S2-multi A " + d + " t" + threads, Systems.S1_POOL, Systems.S2_MULTI, Workload.A,
						durability, threads);
				put("R6 S1-pool C / raw RocksDB get " + d + " t" + threads, Systems.S1_POOL, Systems.ROCKSDB,
						Workload.C, durability, threads);
			}
			put("R7 S1-pool no-op / Netty echo t" + threads, Systems.S1_POOL, Systems.ECHO, Workload.NOOP,
					Durability.SOFT, threads);
			put("R7 S1-shared no-op / Netty echo t" + threads, Systems.S1_SHARED, Systems.ECHO, Workload.NOOP,
					Durability.SOFT, threads);
		}
		putTailLatencies();
		putAfterOverBefore();
		putWritesPerFsync();
		return this.ratios;
	}

	/**
	 * R4: p99 read latency of S1 over S3's, each open-loop at the same share of its own
	 * best rate.
	 */
	private void putTailLatencies() {
		for (CellResult result : this.results) {
			Cell cell = result.cell();
			if (!cell.isOpenLoop() || cell.system().equals(Systems.S3)) {
				continue;
			}
			this.results.stream()
				.filter((other) -> other.cell().system().equals(Systems.S3)
						&& other.cell().workload() == cell.workload()
						&& other.cell().openLoopPercent() == cell.openLoopPercent() && other.p99Micros() > 0)
				.findFirst()
				.ifPresent((pg) -> this.ratios.put(
						"R4 p99 " + cell.system() + "/S3 " + cell.workload() + " open " + cell.openLoopPercent() + "%",
						result.p99Micros() / pg.p99Micros()));
		}
	}

	/**
	 * This build's throughput over an earlier build's, for every cell both ran
	 * ({@code S1-pool} against {@code S1-pool@<label>}).
	 */
	private void putAfterOverBefore() {
		for (CellResult before : this.results) {
			Cell cell = before.cell();
			String system = Systems.withoutBuild(cell.system());
			if (system.equals(cell.system()) || cell.isOpenLoop()) {
				continue;
			}
			String label = cell.system().substring(system.length() + 1);
			put("after/before (" + label + ") " + system + " " + cell.workload() + " " + cell.durability().reqlName()
					+ " t" + cell.threads(), system, cell.system(), cell.workload(), cell.durability(), cell.threads());
		}
	}

	private void put(String name, String system, String baseline, Workload workload, Durability durability,
			int threads) {
		Optional<CellResult> top = find(system, workload, durability, threads);
		Optional<CellResult> bottom = find(baseline, workload, durability, threads);
		if (top.isPresent() && bottom.isPresent() && bottom.get().opsPerSecond() > 0) {
			this.ratios.put(name, top.get().opsPerSecond() / bottom.get().opsPerSecond());
		}
	}

	private void putWritesPerFsync() {
		for (CellResult result : this.results) {
			Cell cell = result.cell();
			writesPerFsync(result).ifPresent((value) -> this.ratios.put(
					"R8 acked writes per fsync " + cell.system() + " " + cell.workload() + " t" + cell.threads(),
					value));
		}
	}

	private Optional<CellResult> find(String system, Workload workload, Durability durability, int threads) {
		return this.results.stream()
			.filter((r) -> r.cell().system().equals(system) && r.cell().workload() == workload
					&& r.cell().durability() == durability && r.cell().threads() == threads && !r.cell().isOpenLoop())
			.findFirst();
	}

}
