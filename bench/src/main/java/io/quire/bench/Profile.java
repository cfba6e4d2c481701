package io.quire.bench;

import java.time.Duration;
import java.util.List;

/**
 * How much to measure: the records loaded, the client threads per workload, how long each
 * cell may run (and how many operations at most), the durabilities, and the pool sizes.
 *
 * @param name the profile's name
 * @param records documents loaded before the read and update workloads
 * @param pointThreads client threads for workloads C and A (and the no-op and echo
 * baselines)
 * @param mixThreads client threads for workloads B and E and single-document loads
 * @param cellTime longest measured run of one cell
 * @param warmupTime unmeasured run before each cell
 * @param settleTime unmeasured workload B after each load, so that the server's JIT and
 * the storage's flushes and compactions do not weigh on the first cells measured
 * @param maxOperations most operations in one cell
 * @param durabilities the durabilities measured
 * @param poolSize connections of the Quire and HikariCP pools (S1-pool, S3)
 * @param officialConnections connections of S2-multi
 * @param microbenchmarks whether to run the in-process baselines (RocksDB, echo)
 * @param openLoopPercents shares of the best closed-loop read rate at which reads are
 * also measured open-loop (tail latency without coordinated omission)
 */
public record Profile(String name, long records, List<Integer> pointThreads, List<Integer> mixThreads,
		Duration cellTime, Duration warmupTime, Duration settleTime, long maxOperations, List<Durability> durabilities,
		int poolSize, int officialConnections, boolean microbenchmarks, List<Integer> openLoopPercents) {

	/** About ten minutes on two cores. */
	public static Profile quick() {
		return new Profile("quick", 20_000, List.of(1, 16), List.of(16), Duration.ofSeconds(3), Duration.ofSeconds(1),
				Duration.ofSeconds(8), 2_000_000, List.of(Durability.HARD, Durability.SOFT), 4, 4, true,
				List.of(50, 80));
	}

	/** Every thread count of the plan; a little over an hour on two cores. */
	public static Profile full() {
		return new Profile("full", 200_000, List.of(1, 4, 16, 64), List.of(1, 4, 16, 64), Duration.ofSeconds(10),
				Duration.ofSeconds(3), Duration.ofSeconds(20), 50_000_000, List.of(Durability.HARD, Durability.SOFT), 8,
				4, true, List.of(50, 80));
	}

	/** Tiny counts, for the build's smoke test. */
	public static Profile smoke() {
		return new Profile("smoke", 200, List.of(1, 2), List.of(2), Duration.ofSeconds(2), Duration.ZERO,
				Duration.ofMillis(200), 100, List.of(Durability.SOFT), 2, 2, false, List.of(50));
	}

	/** The profile of that name. */
	public static Profile named(String name) {
		return switch (name) {
			case "quick" -> quick();
			case "full" -> full();
			case "smoke" -> smoke();
			default -> throw new IllegalArgumentException("unknown profile " + name + " (quick, full, smoke)");
		};
	}

}
