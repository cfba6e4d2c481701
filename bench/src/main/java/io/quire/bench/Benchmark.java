package io.quire.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Runs a profile's plan. For each durability and each system: a fresh table, a batched
 * load of the profile's records, single-document inserts, then workloads C, A, B and E at
 * the profile's thread counts, and reads again open-loop at shares of the best read rate;
 * then no-op round trips; then the in-process limits (RocksDB, Netty echo). An earlier
 * build of the server, when given, runs the same S1 cells first, so that before and after
 * share the run.
 */
public final class Benchmark {

	private final Settings settings;

	private final Profile profile;

	private final Systems systems;

	private final List<CellResult> results = new ArrayList<>();

	private final Map<String, String> facts = new LinkedHashMap<>();

	/** A benchmark of the settings' systems. */
	public Benchmark(Settings settings) {
		this.settings = settings;
		this.profile = settings.profile();
		this.systems = new Systems(settings);
		this.facts.putAll(settings.facts());
	}

	/** Run every cell and write the result files; the report of what was measured. */
	public Report run() throws IOException {
		for (Durability durability : this.profile.durabilities()) {
			Settings.EarlierServer before = this.settings.before();
			if (before != null) {
				runBackend(onBuild(Systems.QUIRE_BEFORE, before), durability, cpu(before.pid()), before.dataDir());
			}
			runBackend(Systems.QUIRE, durability, cpu(this.settings.quirePid()), this.settings.quireDataDir());
			if (this.settings.postgresUrl() != null) {
				runBackend(List.of(Systems.S3), durability, postgresCpu(), this.settings.postgresDataDir());
			}
			if (this.profile.microbenchmarks()) {
				runBackend(List.of(Systems.ROCKSDB), durability, ownCpu(), null);
			}
		}
		runNoops();
		Report report = new Report(this.settings, this.results, this.facts);
		report.write();
		return report;
	}

	/** Load one table, then run every workload through each of the ways to reach it. */
	private void runBackend(List<String> clients, Durability durability, @Nullable ProcessCpu cpu,
			@Nullable Path dataDir) {
		KeySpace keys = new KeySpace(0, this.settings.keys());
		try (Store loader = this.systems.open(clients.get(0), durability)) {
			warmUp(clients.get(0), durability, loader);
			loader.recreateTable();
			long diskBefore = (dataDir != null) ? DiskUsage.bytes(dataDir) : 0;
			load(clients.get(0), durability, loader, keys, cpu);
			recordDiskUsage(clients.get(0), durability, loader, keys, dataDir, diskBefore);
		}
		for (String client : clients) {
			try (Store store = this.systems.open(client, durability)) {
				runWorkloads(client, durability, store, keys, cpu);
			}
		}
	}

	/**
	 * The load, unmeasured, into a table dropped afterwards: the measured load is the
	 * first cell of a run and short (a second or two), so without this it would time the
	 * JIT compiling the insert path of the client and the server as much as the inserts.
	 */
	private void warmUp(String system, Durability durability, Store store) {
		store.recreateTable();
		new CellRunner(null).run(loadCell(system, durability), store, new KeySpace(0, this.settings.keys()));
	}

	private Cell loadCell(String system, Durability durability) {
		long batches = Math.max(1, this.profile.records() / Workload.BATCH_SIZE);
		int threads = Math.min(4, this.profile.mixThreads().get(this.profile.mixThreads().size() - 1));
		Duration generous = this.profile.cellTime().multipliedBy(20);
		return new Cell(system, Workload.LOAD_BATCH, durability, threads, batches, generous);
	}

	private void load(String system, Durability durability, Store store, KeySpace keys, @Nullable ProcessCpu cpu) {
		measure(loadCell(system, durability), store, keys, cpu, false);
		keys.markLoaded();
		int settleThreads = this.profile.pointThreads().get(this.profile.pointThreads().size() - 1);
		new CellRunner(null).run(new Cell(system, Workload.B, durability, settleThreads, this.profile.maxOperations(),
				this.profile.settleTime()), store, keys);
	}

	private void runWorkloads(String system, Durability durability, Store store, KeySpace keys,
			@Nullable ProcessCpu cpu) {
		for (int threads : this.profile.mixThreads()) {
			measure(cell(system, Workload.LOAD, durability, threads), store, keys, cpu, true);
		}
		for (int threads : this.profile.pointThreads()) {
			measure(cell(system, Workload.C, durability, threads), store, keys, cpu, true);
		}
		runOpenLoop(system, durability, store, keys, cpu);
		for (int threads : this.profile.pointThreads()) {
			measure(cell(system, Workload.A, durability, threads), store, keys, cpu, true);
		}
		for (Workload workload : List.of(Workload.B, Workload.E)) {
			for (int threads : this.profile.mixThreads()) {
				measure(cell(system, workload, durability, threads), store, keys, cpu, true);
			}
		}
	}

	/**
	 * Reads at shares of the system's best closed-loop read rate, on the thread count
	 * that reached it; once per system (reads do not depend on the durability).
	 */
	private void runOpenLoop(String system, Durability durability, Store store, KeySpace keys,
			@Nullable ProcessCpu cpu) {
		if (!Systems.OPEN_LOOP.contains(Systems.withoutBuild(system))
				|| durability != this.profile.durabilities().get(0)) {
			return;
		}
		this.results.stream()
			.filter((r) -> r.cell().system().equals(system) && r.cell().workload() == Workload.C
					&& r.cell().durability() == durability && !r.cell().isOpenLoop() && r.opsPerSecond() > 0)
			.max(Comparator.comparingDouble(CellResult::opsPerSecond))
			.ifPresent((best) -> this.profile.openLoopPercents()
				.forEach((percent) -> measure(best.cell().openLoop(percent, best.opsPerSecond()), store, keys, cpu,
						true)));
	}

	private void runNoops() throws IOException {
		Settings.EarlierServer before = this.settings.before();
		if (before != null) {
			runNoops(Systems.onBuild(Systems.S1_SHARED, before.label()), cpu(before.pid()));
		}
		for (String client : Systems.QUIRE) {
			runNoops(client, cpu(this.settings.quirePid()));
		}
		if (this.settings.postgresUrl() != null) {
			runNoops(Systems.S3, postgresCpu());
		}
		if (this.profile.microbenchmarks()) {
			try (Store echo = new EchoStore(FrameSizes.GET_REQUEST, FrameSizes.GET_RESPONSE)) {
				runNoops(Systems.ECHO, echo, ownCpu());
			}
		}
	}

	private void runNoops(String client, @Nullable ProcessCpu cpu) {
		try (Store store = this.systems.open(client, Durability.SOFT)) {
			runNoops(client, store, cpu);
		}
	}

	private void runNoops(String system, Store store, @Nullable ProcessCpu cpu) {
		for (int threads : this.profile.pointThreads()) {
			measure(cell(system, Workload.NOOP, Durability.SOFT, threads), store, new KeySpace(0, this.settings.keys()),
					cpu, true);
		}
	}

	private Cell cell(String system, Workload workload, Durability durability, int threads) {
		return new Cell(system, workload, durability, threads, this.profile.maxOperations(), this.profile.cellTime());
	}

	private void measure(Cell cell, Store store, KeySpace keys, @Nullable ProcessCpu cpu, boolean warmUp) {
		CellRunner runner = new CellRunner(cpu);
		if (warmUp && !this.profile.warmupTime().isZero()) {
			runner.run(cell.lasting(this.profile.warmupTime()), store, keys);
		}
		FsyncCounter counter = fsyncCounter(cell, cpu);
		CellResult result = runner.run(cell, store, keys);
		if (counter != null) {
			result = result.withFsyncs(counter.stop());
			counter.close();
		}
		this.results.add(result);
		System.out.println(Report.line(result));
	}

	private @Nullable FsyncCounter fsyncCounter(Cell cell, @Nullable ProcessCpu cpu) {
		if (!this.settings.countFsyncs() || cpu == null || cell.durability() != Durability.HARD
				|| !cell.workload().writes()) {
			return null;
		}
		try {
			return FsyncCounter.start(cpu.pids());
		}
		catch (IOException ex) {
			return null;
		}
	}

	private void recordDiskUsage(String system, Durability durability, Store store, KeySpace keys,
			@Nullable Path dataDir, long before) {
		String prefix = "bytes per document, " + system + ", " + durability.reqlName();
		if (dataDir != null && keys.loaded() > 0) {
			long delta = DiskUsage.bytes(dataDir) - before;
			this.facts.put(prefix + " (data directory growth)", Long.toString(delta / keys.loaded()));
		}
		if (store instanceof PostgresStore postgres && keys.loaded() > 0) {
			this.facts.put(prefix + " (pg_total_relation_size)", Long.toString(postgres.tableBytes() / keys.loaded()));
		}
		if (store instanceof RocksDbStore rocks && keys.loaded() > 0) {
			this.facts.put(prefix + " (RocksDB files)", Long.toString(rocks.diskBytes() / keys.loaded()));
		}
	}

	private static @Nullable ProcessCpu cpu(long serverPid) {
		return (serverPid > 0) ? new ProcessCpu(serverPid, false) : null;
	}

	private static List<String> onBuild(List<String> systems, Settings.EarlierServer before) {
		return systems.stream().map((system) -> Systems.onBuild(system, before.label())).toList();
	}

	private @Nullable ProcessCpu postgresCpu() {
		return (this.settings.postgresPid() > 0) ? new ProcessCpu(this.settings.postgresPid(), true) : null;
	}

	private static ProcessCpu ownCpu() {
		return new ProcessCpu(ProcessHandle.current().pid(), false);
	}

}
