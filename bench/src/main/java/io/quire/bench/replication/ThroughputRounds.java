package io.quire.bench.replication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quire.bench.Cell;
import io.quire.bench.CellResult;
import io.quire.bench.CellRunner;
import io.quire.bench.Durability;
import io.quire.bench.KeyDistribution;
import io.quire.bench.KeySpace;
import io.quire.bench.QuireStore;
import io.quire.bench.Store;
import io.quire.bench.Workload;
import io.quire.driver.pool.ConnectionPool;
import io.quire.driver.pool.PoolOptions;

/**
 * Durable inserts (single documents, then batches of 100) from the same client threads
 * against a single server and against a three-member group, alternated cell by cell so
 * that both see the same machine: each round runs every cell once, the order of the two
 * systems swapped from one round to the next. Clients go through a pool of 4 connections
 * with 8 callers each, as the harness's {@code S1-pool}; the group's pool keeps to its
 * primary ({@code target_session_attrs=read-write}). One line per cell in
 * {@code throughput.csv}, server CPU summed over the system's processes.
 */
final class ThroughputRounds {

	static final String CSV_HEADER = "round,system,workload,threads,requests,errors,seconds,requests_per_s,docs_per_s,"
			+ "p50_us,p99_us,server_cpu_us_per_doc";

	private static final List<Workload> WORKLOADS = List.of(Workload.LOAD, Workload.LOAD_BATCH);

	private static final Duration READY = Duration.ofSeconds(90);

	private final Map<String, List<Member>> systems;

	private final int threads;

	private final Duration cellTime;

	private final Path csv;

	private final KeySpace keys = new KeySpace(0, KeyDistribution.UNIFORM);

	ThroughputRounds(Map<String, List<Member>> systems, int threads, Duration cellTime, Path csv) {
		this.systems = systems;
		this.threads = threads;
		this.cellTime = cellTime;
		this.csv = csv;
	}

	/** A warm-up round (not recorded), then {@code rounds} recorded rounds. */
	void run(int rounds) throws IOException {
		Files.writeString(this.csv, CSV_HEADER + "\n");
		for (String system : this.systems.keySet()) {
			try (Store store = open(system)) {
				Ready.await(READY, store::recreateTable);
			}
		}
		runRound(0, this.cellTime.dividedBy(2));
		for (int round = 1; round <= rounds; round++) {
			runRound(round, this.cellTime);
		}
	}

	private void runRound(int round, Duration time) throws IOException {
		List<String> order = new ArrayList<>(this.systems.keySet());
		if (round % 2 == 0) {
			Collections.reverse(order);
		}
		for (Workload workload : WORKLOADS) {
			for (String system : order) {
				String line = runCell(round, system, workload, time);
				System.out.println(line);
				if (round > 0) {
					Files.writeString(this.csv, line + "\n", StandardOpenOption.APPEND);
				}
			}
		}
	}

	private String runCell(int round, String system, Workload workload, Duration time) {
		List<Member> members = this.systems.get(system);
		Cell cell = new Cell(system, workload, Durability.HARD, this.threads, Long.MAX_VALUE, time);
		try (Store store = open(system)) {
			long cpuBefore = Member.cpuNanos(members);
			CellResult result = new CellRunner(null).run(cell, store, this.keys);
			long cpu = Member.cpuNanos(members) - cpuBefore;
			double documents = result.operations() * (double) workload.documentsPerOperation();
			return String.format(Locale.ROOT, "%d,%s,%s,%d,%d,%d,%.2f,%.1f,%.1f,%.0f,%.0f,%.1f", round, system,
					workload, this.threads, result.operations(), result.errors(), result.seconds(),
					result.opsPerSecond(), result.documentsPerSecond(), result.p50Micros(), result.p99Micros(),
					(documents > 0) ? cpu / 1e3 / documents : -1);
		}
	}

	private Store open(String system) {
		ConnectionPool pool = ConnectionPool.create(Member.writable(this.systems.get(system)),
				PoolOptions.builder().initialSize(4).maxSize(4).maxInFlight(8).name("replication").build());
		return new QuireStore(pool, true, Durability.HARD);
	}

}
