package io.quire.driver;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * TCP keepalive settings of the socket, as libpq's {@code keepalives},
 * {@code keepalives_idle}, {@code keepalives_interval} and {@code keepalives_count}.
 * Idle, interval and count are applied where the JDK supports them (Linux, macOS); unset
 * ones keep the operating system's value.
 *
 * @param enabled whether TCP keepalive is on ({@code keepalives}, default on)
 * @param idle inactivity before the first probe, whole seconds, or {@code null} for the
 * OS default
 * @param interval time between unanswered probes, whole seconds, or {@code null}
 * @param count unanswered probes before the connection is dropped, or {@code null}
 */
public record KeepaliveOptions(boolean enabled, @Nullable Duration idle, @Nullable Duration interval,
		@Nullable Integer count) {

	private static final KeepaliveOptions DEFAULTS = new KeepaliveOptions(true, null, null, null);

	public KeepaliveOptions {
		requireWholeSeconds("keepalives_idle", idle);
		requireWholeSeconds("keepalives_interval", interval);
		if (count != null && count < 1) {
			throw new IllegalArgumentException(
					"Invalid connection option 'keepalives_count': " + count + " must be at least 1");
		}
	}

	/** Keepalive on, with the operating system's timings. */
	public static KeepaliveOptions defaults() {
		return DEFAULTS;
	}

	/** Keepalive off. */
	public static KeepaliveOptions disabled() {
		return new KeepaliveOptions(false, null, null, null);
	}

	public KeepaliveOptions withEnabled(boolean enabled) {
		return new KeepaliveOptions(enabled, this.idle, this.interval, this.count);
	}

	public KeepaliveOptions withIdle(@Nullable Duration idle) {
		return new KeepaliveOptions(this.enabled, idle, this.interval, this.count);
	}

	public KeepaliveOptions withInterval(@Nullable Duration interval) {
		return new KeepaliveOptions(this.enabled, this.idle, interval, this.count);
	}

	public KeepaliveOptions withCount(@Nullable Integer count) {
		return new KeepaliveOptions(this.enabled, this.idle, this.interval, count);
	}

	private static void requireWholeSeconds(String option, @Nullable Duration value) {
		if (value != null && (value.isNegative() || value.isZero() || value.toNanos() % 1_000_000_000L != 0)) {
			throw new IllegalArgumentException("Invalid connection option '" + option + "': " + value
					+ " must be a positive whole number of seconds");
		}
	}

}
