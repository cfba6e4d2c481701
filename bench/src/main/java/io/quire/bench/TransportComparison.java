package io.quire.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import io.quire.protocol.transport.Transport;

/**
 * Point reads (workload C, hard, 16 threads) through S1-pool and S1-shared against one
 * running server, with this JVM's driver on the transport {@code -Dquire.netty.transport}
 * picks. {@code bench/transport.sh} runs it for each pairing of server and client
 * transport, alternating, so that epoll and NIO are compared side by side on one machine.
 *
 * <p>
 * {@code --port=N --pid=P [--label=server-epoll] [--records=20000] [--seconds=10]
 * [--load=true]}; prints one line per cell: label, system, ops/s, p99, and the server's
 * and this client's CPU per operation.
 */
public final class TransportComparison {

	private static final int THREADS = 16;

	private TransportComparison() {
	}

	public static void main(String[] args) {
		Map<String, String> options = BenchmarkMain.parse(args);
		int port = Integer.parseInt(BenchmarkMain.required(options, "port"));
		ProcessCpu server = new ProcessCpu(Long.parseLong(BenchmarkMain.required(options, "pid")), false);
		ProcessCpu client = new ProcessCpu(ProcessHandle.current().pid(), false);
		String label = options.getOrDefault("label", "server") + "/client-"
				+ Transport.current().name().toLowerCase(Locale.ROOT);
		long records = Long.parseLong(options.getOrDefault("records", "20000"));
		Duration time = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "10")));
		Systems systems = new Systems(Settings.quireOnly(Profile.quick(), "127.0.0.1", port, Path.of("bench/results"),
				Path.of(System.getProperty("java.io.tmpdir"))));
		KeySpace keys = new KeySpace(records, KeyDistribution.ZIPFIAN);
		if (Boolean.parseBoolean(options.getOrDefault("load", "true"))) {
			load(systems, records);
		}
		for (String system : new String[] { Systems.S1_POOL, Systems.S1_SHARED }) {
			try (Store store = systems.open(system, Durability.HARD)) {
				Cell cell = new Cell(system, Workload.C, Durability.HARD, THREADS, Long.MAX_VALUE, time);
				new CellRunner(null).run(cell.lasting(Duration.ofSeconds(3)), store, keys);
				long clientBefore = client.cpuNanos();
				CellResult result = new CellRunner(server).run(cell, store, keys);
				double clientMicros = (client.cpuNanos() - clientBefore) / 1e3 / Math.max(1, result.operations());
				System.out.printf(Locale.ROOT,
						"%-30s %-10s %8.0f ops/s  p99 %6.0f us  server %5.1f us/op  client %5.1f us/op%n", label,
						system, result.opsPerSecond(), result.p99Micros(), result.serverCpuMicrosPerOp(), clientMicros);
			}
		}
	}

	private static void load(Systems systems, long records) {
		try (Store loader = systems.open(Systems.S1_SHARED, Durability.SOFT)) {
			loader.recreateTable();
			long batches = Math.max(1, records / Workload.BATCH_SIZE);
			new CellRunner(null).run(new Cell(Systems.S1_SHARED, Workload.LOAD_BATCH, Durability.SOFT, 4, batches,
					Duration.ofMinutes(5)), loader, new KeySpace(0, KeyDistribution.ZIPFIAN));
		}
	}

}
