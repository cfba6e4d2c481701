package io.quire.bench.replication;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of the replication benchmark, as {@code bench/replication.sh} calls
 * it:
 *
 * <pre>
 * throughput --single=PORT:PID --cluster=PORT:PID,PORT:PID,PORT:PID --rounds=N [--seconds=S] [--threads=T] --results=DIR
 * failover --members=PORT:PID,PORT:PID,PORT:PID --run=I [--load-seconds=S] [--threads=T] --results=DIR
 * summary --results=DIR
 * </pre>
 */
public final class ReplicationMain {

	private ReplicationMain() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			throw new IllegalArgumentException("expected throughput, failover or summary");
		}
		Map<String, String> options = options(args);
		Path results = Path.of(required(options, "results"));
		int threads = Integer.parseInt(options.getOrDefault("threads", "16"));
		switch (args[0]) {
			case "throughput" -> {
				Map<String, List<Member>> systems = new LinkedHashMap<>();
				systems.put("single", Member.parseAll(required(options, "single")));
				systems.put("cluster-3", Member.parseAll(required(options, "cluster")));
				Duration cell = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "10")));
				new ThroughputRounds(systems, threads, cell, results.resolve("throughput.csv"))
					.run(Integer.parseInt(required(options, "rounds")));
			}
			case "failover" -> new FailoverRun(Member.parseAll(required(options, "members")), threads,
					Duration.ofSeconds(Long.parseLong(options.getOrDefault("load-seconds", "3"))))
				.run(Integer.parseInt(required(options, "run")), results.resolve("failover.csv"));
			case "summary" -> new ReplicationReport(results).write();
			default -> throw new IllegalArgumentException("unknown command " + args[0]);
		}
		System.exit(0);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0) {
				throw new IllegalArgumentException("expected --name=value, got " + arg);
			}
			options.put(arg.substring(2, equals), arg.substring(equals + 1));
		}
		return options;
	}

	private static String required(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null) {
			throw new IllegalArgumentException("--" + name + " is required");
		}
		return value;
	}

}
