package io.quire.console;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.quire.engine.catalog.Catalog;
import io.quire.engine.catalog.Table;
import org.jspecify.annotations.Nullable;

/**
 * Documents read and written per second over every table, sampled once a second from the
 * tables' activity counters; keeps the last {@link #HISTORY} samples for a chart that
 * opens late and tells its listeners of each new one. Thread-safe.
 */
final class ActivitySampler {

	/** Five minutes of one-second samples. */
	static final int HISTORY = 300;

	private final Supplier<Catalog> catalog;

	private final Clock clock;

	private final Deque<Map<String, Object>> samples = new ArrayDeque<>();

	private final Set<Consumer<Map<String, Object>>> listeners = new CopyOnWriteArraySet<>();

	private long lastReads = -1;

	private long lastWrites = -1;

	private long lastMillis;

	ActivitySampler(Supplier<Catalog> catalog, Clock clock) {
		this.catalog = catalog;
		this.clock = clock;
	}

	/** Takes one sample (called once a second) and hands it to the listeners. */
	void sample() {
		long reads = 0;
		long writes = 0;
		Catalog catalog = this.catalog.get();
		for (String database : catalog.databaseNames()) {
			for (String name : catalog.tableNames(database)) {
				Table table = catalog.table(database, name);
				reads += table.activity().readTotal();
				writes += table.activity().writtenTotal();
			}
		}
		Map<String, Object> sample = record(reads, writes, this.clock.millis());
		if (sample != null) {
			this.listeners.forEach((listener) -> listener.accept(sample));
		}
	}

	private synchronized @Nullable Map<String, Object> record(long reads, long writes, long millis) {
		@Nullable Map<String, Object> sample = null;
		if (this.lastReads >= 0 && millis > this.lastMillis) {
			double seconds = (millis - this.lastMillis) / 1000.0;
			sample = new LinkedHashMap<>();
			sample.put("time", millis / 1000.0);
			sample.put("readsPerSecond", Math.max(0, reads - this.lastReads) / seconds);
			sample.put("writesPerSecond", Math.max(0, writes - this.lastWrites) / seconds);
			this.samples.addLast(sample);
			if (this.samples.size() > HISTORY) {
				this.samples.removeFirst();
			}
		}
		this.lastReads = reads;
		this.lastWrites = writes;
		this.lastMillis = millis;
		return sample;
	}

	synchronized List<Map<String, Object>> history() {
		return new ArrayList<>(this.samples);
	}

	void subscribe(Consumer<Map<String, Object>> listener) {
		this.listeners.add(listener);
	}

	void unsubscribe(Consumer<Map<String, Object>> listener) {
		this.listeners.remove(listener);
	}

}
