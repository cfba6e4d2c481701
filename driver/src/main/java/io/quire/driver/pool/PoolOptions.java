package io.quire.driver.pool;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Settings of a {@link ConnectionPool}, with the names of r2dbc-pool and HikariCP.
 * Immutable; build one with {@link #builder()}.
 */
public final class PoolOptions {

	private final int initialSize;

	private final int maxSize;

	private final int maxInFlight;

	private final @Nullable Duration maxIdleTime;

	private final @Nullable Duration maxLifeTime;

	private final Duration maxAcquireTime;

	private final ValidationDepth validation;

	private final @Nullable Duration leakDetectionThreshold;

	private final String name;

	private PoolOptions(Builder builder) {
		this.initialSize = builder.initialSize;
		this.maxSize = builder.maxSize;
		this.maxInFlight = builder.maxInFlight;
		this.maxIdleTime = builder.maxIdleTime;
		this.maxLifeTime = builder.maxLifeTime;
		this.maxAcquireTime = builder.maxAcquireTime;
		this.validation = builder.validation;
		this.leakDetectionThreshold = builder.leakDetectionThreshold;
		this.name = builder.name;
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The defaults: initial size 1, max size 10, one caller per connection, idle 30 min,
	 * no life limit, acquire 30 s, LOCAL validation.
	 */
	public static PoolOptions defaults() {
		return builder().build();
	}

	/** A builder holding these settings. */
	public Builder mutate() {
		return new Builder(this);
	}

	/** Connections opened when the pool starts and kept through idle eviction. */
	public int initialSize() {
		return this.initialSize;
	}

	/** The most connections the pool holds, lent and idle together. */
	public int maxSize() {
		return this.maxSize;
	}

	/**
	 * The most callers one connection is lent to at once. Each loan runs its queries on
	 * the shared socket, multiplexed by query token, so a pool of 4 with 8 in flight
	 * carries 32 concurrent queries on 4 sockets; 1 lends each connection to one caller.
	 */
	public int maxInFlight() {
		return this.maxInFlight;
	}

	/**
	 * How long a connection may stay idle before it is closed, or {@code null} for ever.
	 */
	public @Nullable Duration maxIdleTime() {
		return this.maxIdleTime;
	}

	/**
	 * How long a connection may live before it is closed (when next idle), or
	 * {@code null} for ever.
	 */
	public @Nullable Duration maxLifeTime() {
		return this.maxLifeTime;
	}

	/**
	 * How long {@code connect()} waits for a connection before it fails with a timeout.
	 */
	public Duration maxAcquireTime() {
		return this.maxAcquireTime;
	}

	public ValidationDepth validation() {
		return this.validation;
	}

	/**
	 * How long a connection may be held before a leak warning is logged, or {@code null}
	 * for no detection.
	 */
	public @Nullable Duration leakDetectionThreshold() {
		return this.leakDetectionThreshold;
	}

	/** The pool's name, in log messages and metrics. */
	public String name() {
		return this.name;
	}

	@Override
	public String toString() {
		return "PoolOptions{name=" + this.name + ", initialSize=" + this.initialSize + ", maxSize=" + this.maxSize
				+ ", maxInFlight=" + this.maxInFlight + ", maxIdleTime=" + this.maxIdleTime + ", maxLifeTime="
				+ this.maxLifeTime + ", maxAcquireTime=" + this.maxAcquireTime + ", validation=" + this.validation
				+ ", leakDetectionThreshold=" + this.leakDetectionThreshold + "}";
	}

	/**
	 * Builds {@link PoolOptions}; each setter checks its argument and names the option.
	 */
	public static final class Builder {

		private int initialSize = 1;

		private int maxSize = 10;

		private int maxInFlight = 1;

		private @Nullable Duration maxIdleTime = Duration.ofMinutes(30);

		private @Nullable Duration maxLifeTime;

		private Duration maxAcquireTime = Duration.ofSeconds(30);

		private ValidationDepth validation = ValidationDepth.LOCAL;

		private @Nullable Duration leakDetectionThreshold;

		private String name = "quire";

		private Builder() {
		}

		private Builder(PoolOptions options) {
			this.initialSize = options.initialSize;
			this.maxSize = options.maxSize;
			this.maxInFlight = options.maxInFlight;
			this.maxIdleTime = options.maxIdleTime;
			this.maxLifeTime = options.maxLifeTime;
			this.maxAcquireTime = options.maxAcquireTime;
			this.validation = options.validation;
			this.leakDetectionThreshold = options.leakDetectionThreshold;
			this.name = options.name;
		}

		/** Connections opened at start and kept; default 1, may be 0. */
		public Builder initialSize(int initialSize) {
			if (initialSize < 0) {
				throw new IllegalArgumentException(
						"Invalid pool option 'initial-size': " + initialSize + " must not be negative");
			}
			this.initialSize = initialSize;
			return this;
		}

		/** The most connections; default 10. */
		public Builder maxSize(int maxSize) {
			if (maxSize < 1) {
				throw new IllegalArgumentException(
						"Invalid pool option 'max-size': " + maxSize + " must be at least 1");
			}
			this.maxSize = maxSize;
			return this;
		}

		/** Callers one connection is lent to at once; default 1. */
		public Builder maxInFlight(int maxInFlight) {
			if (maxInFlight < 1) {
				throw new IllegalArgumentException(
						"Invalid pool option 'max-in-flight': " + maxInFlight + " must be at least 1");
			}
			this.maxInFlight = maxInFlight;
			return this;
		}

		/** Idle time before closing; default 30 minutes, {@code null} for never. */
		public Builder maxIdleTime(@Nullable Duration maxIdleTime) {
			this.maxIdleTime = positiveOrNull("max-idle-time", maxIdleTime);
			return this;
		}

		/** Lifetime before closing; default none. */
		public Builder maxLifeTime(@Nullable Duration maxLifeTime) {
			this.maxLifeTime = positiveOrNull("max-life-time", maxLifeTime);
			return this;
		}

		/** Wait for a connection; default 30 seconds. */
		public Builder maxAcquireTime(Duration maxAcquireTime) {
			Objects.requireNonNull(maxAcquireTime, "max-acquire-time must not be null");
			this.maxAcquireTime = positiveOrNull("max-acquire-time", maxAcquireTime);
			return this;
		}

		/** The check before lending; default {@link ValidationDepth#LOCAL}. */
		public Builder validation(ValidationDepth validation) {
			this.validation = Objects.requireNonNull(validation, "validation must not be null");
			return this;
		}

		/** Warn about connections held longer than this; default off. */
		public Builder leakDetectionThreshold(@Nullable Duration leakDetectionThreshold) {
			this.leakDetectionThreshold = positiveOrNull("leak-detection-threshold", leakDetectionThreshold);
			return this;
		}

		/** The pool's name; default {@code quire}. */
		public Builder name(String name) {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("Invalid pool option 'name': must not be empty");
			}
			this.name = name;
			return this;
		}

		/**
		 * Check the settings together and build.
		 * @throws IllegalArgumentException if the initial size is above the max size
		 */
		public PoolOptions build() {
			if (this.initialSize > this.maxSize) {
				throw new IllegalArgumentException("Invalid pool option 'initial-size': " + this.initialSize
						+ " is more than max-size " + this.maxSize);
			}
			return new PoolOptions(this);
		}

		private static @Nullable Duration positiveOrNull(String option, @Nullable Duration value) {
			if (value != null && (value.isNegative() || value.isZero())) {
				throw new IllegalArgumentException(
						"Invalid pool option '" + option + "': " + value + " must be positive");
			}
			return value;
		}

	}

}
