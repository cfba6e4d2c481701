package io.quire.server.actuate;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quire.engine.QueryListener;

/**
 * Records every query the engine answers in the {@code quire.queries} timer, tagged by
 * {@code kind} (the top-level term or query type) and {@code outcome} ({@code success} or
 * {@code error}): its count gives queries per second by kind, its distribution the
 * latency.
 */
public class QuireQueryMetrics implements QueryListener {

	static final String QUERIES = "quire.queries";

	private final MeterRegistry registry;

	private final Map<String, Timer> timers = new ConcurrentHashMap<>();

	public QuireQueryMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void onQuery(String queryKind, Duration latency, boolean failed) {
		String kind = queryKind.toLowerCase(Locale.ROOT);
		String outcome = failed ? "error" : "success";
		this.timers.computeIfAbsent(kind + '/' + outcome, (key) -> timer(kind, outcome)).record(latency);
	}

	private Timer timer(String kind, String outcome) {
		return Timer.builder(QUERIES)
			.description("Queries answered by the Quire engine, from receipt to the first response")
			.tag("kind", kind)
			.tag("outcome", outcome)
			.register(this.registry);
	}

}
