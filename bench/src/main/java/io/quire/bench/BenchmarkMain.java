package io.quire.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The command line of the harness, as {@code bench/run.sh} calls it:
 * {@code --profile=quick|full|smoke [--keys=zipfian|uniform] --quire-port=N
 * [--quire-host=127.0.0.1] [--quire-pid=P] [--quire-data-dir=D] [--before-label=REF
 * --before-port=N [--before-pid=P] [--before-data-dir=D]] [--pg-url=jdbc:postgresql://...]
 * [--pg-pid=P] [--pg-data-dir=D]
 * [--results=bench/results] [--scratch=/tmp/x] [--count-fsyncs=true] [--fact.<name>=<value>...]}.
 */
public final class BenchmarkMain {

	private BenchmarkMain() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = parse(args);
		Report report = new Benchmark(settings(options)).run();
		System.out.println();
		report.ratios().forEach((name, value) -> System.out.println(name + " = " + Report.format(value)));
		report.facts().forEach((name, value) -> System.out.println(name + " = " + value));
		System.exit(0);
	}

	static Settings settings(Map<String, String> options) {
		Map<String, String> facts = new LinkedHashMap<>();
		options.forEach((name, value) -> {
			if (name.startsWith("fact.")) {
				facts.put(name.substring(5).replace('_', ' '), value);
			}
		});
		Settings settings = new Settings(Profile.named(options.getOrDefault("profile", "quick")),
				KeyDistribution.named(options.getOrDefault("keys", "zipfian")),
				options.getOrDefault("quire-host", "127.0.0.1"), Integer.parseInt(required(options, "quire-port")),
				Long.parseLong(options.getOrDefault("quire-pid", "-1")), path(options.get("quire-data-dir")), null,
				options.get("pg-url"), Long.parseLong(options.getOrDefault("pg-pid", "-1")),
				path(options.get("pg-data-dir")), Path.of(options.getOrDefault("results", "bench/results")),
				Path.of(options.getOrDefault("scratch", System.getProperty("java.io.tmpdir"))),
				Boolean.parseBoolean(options.getOrDefault("count-fsyncs", "false")), facts);
		if (options.containsKey("before-port")) {
			settings = settings.withBefore(new Settings.EarlierServer(required(options, "before-label"),
					Integer.parseInt(options.get("before-port")),
					Long.parseLong(options.getOrDefault("before-pid", "-1")), path(options.get("before-data-dir"))));
		}
		return settings;
	}

	static Map<String, String> parse(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("expected --name=value, got " + arg);
			}
			int equals = arg.indexOf('=');
			options.put(arg.substring(2, equals), arg.substring(equals + 1));
		}
		return options;
	}

	static String required(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null) {
			throw new IllegalArgumentException("--" + name + " is required");
		}
		return value;
	}

	private static @Nullable Path path(@Nullable String value) {
		return (value != null) ? Path.of(value) : null;
	}

}
