package io.quire.engine.system;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The server's recent log entries, as {@code rethinkdb.logs} shows them: a bounded ring
 * (the oldest entry leaves when it is full) that the engine writes its notable events to
 * and that an application's logging backend may feed with {@link #record}. Thread-safe.
 */
public final class ServerLog {

	/** How many entries the ring keeps unless told otherwise. */
	public static final int DEFAULT_CAPACITY = 1000;

	/** RethinkDB's log levels. */
	public enum Level {

		DEBUG, INFO, NOTICE, WARN, ERROR;

		/** The level as {@code logs} rows spell it. */
		public String text() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * One entry.
	 *
	 * @param timestamp when it was logged (unique within the ring)
	 * @param level its level
	 * @param message its text
	 */
	public record Entry(Instant timestamp, Level level, String message) {
	}

	private final Deque<Entry> entries = new ArrayDeque<>();

	private final int capacity;

	private final Clock clock;

	private final Instant started;

	public ServerLog() {
		this(DEFAULT_CAPACITY, Clock.systemUTC());
	}

	public ServerLog(int capacity, Clock clock) {
		if (capacity <= 0) {
			throw new IllegalArgumentException("capacity must be positive");
		}
		this.capacity = capacity;
		this.clock = Objects.requireNonNull(clock, "clock must not be null");
		this.started = clock.instant();
	}

	/** Records an event that happens now. */
	public void record(Level level, String message) {
		record(this.clock.instant(), level, message);
	}

	/** Records an event from a logging backend, with the time it was logged. */
	public synchronized void record(Instant timestamp, Level level, String message) {
		Objects.requireNonNull(level, "level must not be null");
		Objects.requireNonNull(message, "message must not be null");
		Instant unique = timestamp;
		Entry last = this.entries.peekLast();
		if (last != null && !unique.isAfter(last.timestamp())) {
			unique = last.timestamp().plusNanos(1);
		}
		this.entries.addLast(new Entry(unique, level, message));
		if (this.entries.size() > this.capacity) {
			this.entries.removeFirst();
		}
	}

	/** The kept entries, oldest first. */
	public synchronized List<Entry> entries() {
		return new ArrayList<>(this.entries);
	}

	/** When the log (and so the server) started, for the entries' {@code uptime}. */
	public Instant started() {
		return this.started;
	}

}
