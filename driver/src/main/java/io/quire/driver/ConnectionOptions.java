package io.quire.driver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.quire.driver.internal.ConnectionUriParser;
import org.jspecify.annotations.Nullable;

/**
 * Everything needed to open a connection: the servers, the database, credentials,
 * timeouts, TLS, keepalives, the role wanted among several hosts, the application name,
 * session defaults and how results are mapped. Immutable; build one with
 * {@link #builder()}, read one from a URI with {@link #parse(String)}, or change a copy
 * with {@link #mutate()}.
 * <p>
 * Defaults are RethinkDB's: {@code localhost:28015}, database {@code test}, user
 * {@code admin}, empty password, a 20 second connect timeout.
 */
public final class ConnectionOptions {

	/** Global optional arguments a session may set by default, with what each accepts. */
	static final Set<String> SESSION_OPTION_NAMES = Set.of("durability", "read_mode", "array_limit", "profile",
			"min_batch_rows", "max_batch_rows", "max_batch_bytes", "max_batch_seconds", "first_batch_scaledown_factor",
			"changefeed_queue_size", "default_timezone");

	private final List<HostAndPort> hosts;

	private final String database;

	private final String user;

	private final String password;

	private final Duration connectTimeout;

	private final @Nullable Duration networkTimeout;

	private final TlsOptions tls;

	private final KeepaliveOptions keepalive;

	private final TargetSessionAttrs targetSessionAttrs;

	private final @Nullable String applicationName;

	private final Map<String, Object> sessionOptions;

	private final boolean timeZoneAware;

	private final boolean autoReconnect;

	private ConnectionOptions(Builder builder) {
		this.hosts = List.copyOf(builder.hosts);
		this.database = builder.database;
		this.user = builder.user;
		this.password = builder.password;
		this.connectTimeout = builder.connectTimeout;
		this.networkTimeout = builder.networkTimeout;
		this.tls = builder.tls;
		this.keepalive = builder.keepalive;
		this.targetSessionAttrs = builder.targetSessionAttrs;
		this.applicationName = builder.applicationName;
		this.sessionOptions = Collections.unmodifiableMap(new LinkedHashMap<>(builder.sessionOptions));
		this.timeZoneAware = builder.timeZoneAware;
		this.autoReconnect = builder.autoReconnect;
	}

	/** A builder with every default. */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The options with every default: {@code localhost:28015}, database {@code test},
	 * user {@code admin}.
	 */
	public static ConnectionOptions defaults() {
		return builder().build();
	}

	/**
	 * Read options from a URI such as
	 * {@code rethinkdb://user:password@host1:28015,[::1]:28016/db?timeout=20s&ssl=true&target_session_attrs=read-write}.
	 * The scheme is {@code rethinkdb} or {@code quire}; user, password and database are
	 * percent-decoded; options use the seed documents' names ({@code timeout},
	 * {@code connect_timeout}, {@code network_timeout}, {@code ssl}, {@code sslmode},
	 * {@code ca_certs}/{@code sslrootcert}, {@code sslcert}, {@code sslkey},
	 * {@code sslcrl}, {@code target_session_attrs}, {@code keepalives},
	 * {@code keepalives_idle}, {@code keepalives_interval}, {@code keepalives_count},
	 * {@code application_name}, {@code options}, {@code durability}, {@code read_mode},
	 * {@code array_limit}, {@code tz_aware}, {@code auth_key}, {@code auto_reconnect}). A
	 * duration is a number of seconds or has a unit ({@code 500ms}, {@code 20s},
	 * {@code 2m}).
	 * @throws IllegalArgumentException naming the option that is invalid or unknown
	 */
	public static ConnectionOptions parse(String uri) {
		return ConnectionUriParser.parse(uri).build();
	}

	/** A builder holding these options, to change some of them. */
	public Builder mutate() {
		return new Builder(this);
	}

	/** The servers to try, in order. */
	public List<HostAndPort> hosts() {
		return this.hosts;
	}

	/** The first host's name. */
	public String host() {
		return this.hosts.get(0).host();
	}

	/** The first host's port. */
	public int port() {
		return this.hosts.get(0).port();
	}

	/** The default database of queries ({@code db}). */
	public String database() {
		return this.database;
	}

	public String user() {
		return this.user;
	}

	public String password() {
		return this.password;
	}

	/** Bound on opening a connection: TCP, TLS and handshake, per host. */
	public Duration connectTimeout() {
		return this.connectTimeout;
	}

	/**
	 * Bound on waiting for each response, or {@code null} to wait as long as it takes.
	 */
	public @Nullable Duration networkTimeout() {
		return this.networkTimeout;
	}

	public TlsOptions tls() {
		return this.tls;
	}

	public KeepaliveOptions keepalive() {
		return this.keepalive;
	}

	public TargetSessionAttrs targetSessionAttrs() {
		return this.targetSessionAttrs;
	}

	/** The name sent to the server in the handshake, or {@code null}. */
	public @Nullable String applicationName() {
		return this.applicationName;
	}

	/** Global optional arguments sent with every query unless the query sets its own. */
	public Map<String, Object> sessionOptions() {
		return this.sessionOptions;
	}

	/**
	 * Whether times map to {@code OffsetDateTime} in their zone ({@code true}) or to
	 * {@code Instant}.
	 */
	public boolean timeZoneAware() {
		return this.timeZoneAware;
	}

	/** Whether a plain connection whose socket broke reopens on its next use. */
	public boolean autoReconnect() {
		return this.autoReconnect;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof ConnectionOptions that && this.hosts.equals(that.hosts)
				&& this.database.equals(that.database) && this.user.equals(that.user)
				&& this.password.equals(that.password) && this.connectTimeout.equals(that.connectTimeout)
				&& Objects.equals(this.networkTimeout, that.networkTimeout) && this.tls.equals(that.tls)
				&& this.keepalive.equals(that.keepalive) && this.targetSessionAttrs == that.targetSessionAttrs
				&& Objects.equals(this.applicationName, that.applicationName)
				&& this.sessionOptions.equals(that.sessionOptions) && this.timeZoneAware == that.timeZoneAware
				&& this.autoReconnect == that.autoReconnect;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.hosts, this.database, this.user, this.connectTimeout, this.tls);
	}

	/** Every option, with the password masked. */
	@Override
	public String toString() {
		return "ConnectionOptions{hosts=" + this.hosts + ", database=" + this.database + ", user=" + this.user
				+ ", password=" + (this.password.isEmpty() ? "" : "****") + ", connectTimeout=" + this.connectTimeout
				+ ", networkTimeout=" + this.networkTimeout + ", tls=" + this.tls + ", keepalive=" + this.keepalive
				+ ", targetSessionAttrs=" + this.targetSessionAttrs.value() + ", applicationName="
				+ this.applicationName + ", sessionOptions=" + this.sessionOptions + ", timeZoneAware="
				+ this.timeZoneAware + ", autoReconnect=" + this.autoReconnect + "}";
	}

	/**
	 * Builds {@link ConnectionOptions}; every setter checks its argument at once and
	 * names the option.
	 */
	public static final class Builder {

		private List<HostAndPort> hosts = List.of(new HostAndPort("localhost", HostAndPort.DEFAULT_PORT));

		private String database = "test";

		private String user = "admin";

		private String password = "";

		private Duration connectTimeout = Duration.ofSeconds(20);

		private @Nullable Duration networkTimeout;

		private TlsOptions tls = TlsOptions.disabled();

		private KeepaliveOptions keepalive = KeepaliveOptions.defaults();

		private TargetSessionAttrs targetSessionAttrs = TargetSessionAttrs.ANY;

		private @Nullable String applicationName;

		private final Map<String, Object> sessionOptions = new LinkedHashMap<>();

		private boolean timeZoneAware = true;

		private boolean autoReconnect = true;

		private Builder() {
		}

		private Builder(ConnectionOptions options) {
			this.hosts = options.hosts;
			this.database = options.database;
			this.user = options.user;
			this.password = options.password;
			this.connectTimeout = options.connectTimeout;
			this.networkTimeout = options.networkTimeout;
			this.tls = options.tls;
			this.keepalive = options.keepalive;
			this.targetSessionAttrs = options.targetSessionAttrs;
			this.applicationName = options.applicationName;
			this.sessionOptions.putAll(options.sessionOptions);
			this.timeZoneAware = options.timeZoneAware;
			this.autoReconnect = options.autoReconnect;
		}

		/** A single server host, keeping the current port; default {@code localhost}. */
		public Builder host(String host) {
			this.hosts = List.of(new HostAndPort(host, this.hosts.get(0).port()));
			return this;
		}

		/** The port of every host; default 28015. */
		public Builder port(int port) {
			List<HostAndPort> updated = new ArrayList<>();
			for (HostAndPort address : this.hosts) {
				updated.add(new HostAndPort(address.host(), port));
			}
			this.hosts = List.copyOf(updated);
			return this;
		}

		/** Several servers, tried in order (see {@link #targetSessionAttrs}). */
		public Builder hosts(List<HostAndPort> hosts) {
			Objects.requireNonNull(hosts, "hosts must not be null");
			if (hosts.isEmpty()) {
				throw new IllegalArgumentException("Invalid connection option 'host': at least one host is needed");
			}
			this.hosts = List.copyOf(hosts);
			return this;
		}

		/** Several servers as {@code host:port} strings; a missing port is 28015. */
		public Builder hosts(String... addresses) {
			List<HostAndPort> parsed = new ArrayList<>();
			for (String address : addresses) {
				parsed.add(HostAndPort.parse(address, HostAndPort.DEFAULT_PORT));
			}
			return hosts(parsed);
		}

		/** The default database ({@code db}); default {@code test}. */
		public Builder database(String database) {
			this.database = requireText("db", database);
			return this;
		}

		/** The user ({@code user}); default {@code admin}. */
		public Builder user(String user) {
			this.user = requireText("user", user);
			return this;
		}

		/** The password ({@code password}); default empty. */
		public Builder password(String password) {
			this.password = Objects.requireNonNull(password, "password must not be null");
			return this;
		}

		/** RethinkDB's old {@code auth_key}: the password of user {@code admin}. */
		public Builder authKey(String authKey) {
			this.user = "admin";
			return password(authKey);
		}

		/**
		 * Bound on opening a connection to one host: TCP, TLS and handshake
		 * ({@code timeout}); default 20 s.
		 */
		public Builder connectTimeout(Duration connectTimeout) {
			this.connectTimeout = requirePositive("connect_timeout", connectTimeout);
			return this;
		}

		/** Bound on waiting for each response ({@code network_timeout}); default none. */
		public Builder networkTimeout(@Nullable Duration networkTimeout) {
			this.networkTimeout = (networkTimeout != null) ? requirePositive("network_timeout", networkTimeout) : null;
			return this;
		}

		/** TLS settings ({@code ssl}); default none. */
		public Builder tls(TlsOptions tls) {
			this.tls = Objects.requireNonNull(tls, "tls must not be null");
			return this;
		}

		/**
		 * TCP keepalive settings ({@code keepalives*}); default on with the OS timings.
		 */
		public Builder keepalive(KeepaliveOptions keepalive) {
			this.keepalive = Objects.requireNonNull(keepalive, "keepalive must not be null");
			return this;
		}

		/**
		 * Which server to keep among several hosts; default
		 * {@link TargetSessionAttrs#ANY}.
		 */
		public Builder targetSessionAttrs(TargetSessionAttrs targetSessionAttrs) {
			this.targetSessionAttrs = Objects.requireNonNull(targetSessionAttrs,
					"target_session_attrs must not be null");
			return this;
		}

		/**
		 * The name the server shows for this client ({@code application_name}); default
		 * none.
		 */
		public Builder applicationName(@Nullable String applicationName) {
			if (applicationName != null && applicationName.length() > 256) {
				throw new IllegalArgumentException(
						"Invalid connection option 'application_name': longer than 256 characters");
			}
			this.applicationName = (applicationName == null || applicationName.isEmpty()) ? null : applicationName;
			return this;
		}

		/**
		 * A session default ({@code options}): a global optional argument sent with every
		 * query that does not set it, one of {@code durability} (hard, soft),
		 * {@code read_mode} (single, majority, outdated), {@code array_limit} (a positive
		 * integer), {@code profile}, the batch settings, {@code changefeed_queue_size} or
		 * {@code default_timezone}. {@code null} removes it.
		 */
		public Builder sessionOption(String name, @Nullable Object value) {
			if (!SESSION_OPTION_NAMES.contains(name)) {
				throw new IllegalArgumentException("Invalid connection option 'options': unknown session option '"
						+ name + "' (expected one of " + new java.util.TreeSet<>(SESSION_OPTION_NAMES) + ")");
			}
			if (value == null) {
				this.sessionOptions.remove(name);
			}
			else {
				this.sessionOptions.put(name, SessionOptionValues.check(name, value));
			}
			return this;
		}

		/** The session's default write durability, {@code hard} or {@code soft}. */
		public Builder durability(String durability) {
			return sessionOption("durability", durability);
		}

		/**
		 * The session's default read mode: {@code single}, {@code majority} or
		 * {@code outdated}.
		 */
		public Builder readMode(String readMode) {
			return sessionOption("read_mode", readMode);
		}

		/** The session's default maximum array size; the server's default is 100,000. */
		public Builder arrayLimit(int arrayLimit) {
			return sessionOption("array_limit", arrayLimit);
		}

		/**
		 * Map times to {@code OffsetDateTime} keeping their zone ({@code true}, default)
		 * or to {@code Instant}.
		 */
		public Builder timeZoneAware(boolean timeZoneAware) {
			this.timeZoneAware = timeZoneAware;
			return this;
		}

		/**
		 * Whether a plain connection whose socket broke reopens on its next use; default
		 * true.
		 */
		public Builder autoReconnect(boolean autoReconnect) {
			this.autoReconnect = autoReconnect;
			return this;
		}

		/**
		 * Check the options together and build.
		 * @throws IllegalArgumentException if a host appears twice
		 */
		public ConnectionOptions build() {
			if (Set.copyOf(this.hosts).size() != this.hosts.size()) {
				throw new IllegalArgumentException(
						"Invalid connection option 'host': a host appears twice in " + this.hosts);
			}
			return new ConnectionOptions(this);
		}

		private static String requireText(String option, String value) {
			Objects.requireNonNull(value, option + " must not be null");
			if (value.isBlank()) {
				throw new IllegalArgumentException("Invalid connection option '" + option + "': must not be empty");
			}
			return value;
		}

		private static Duration requirePositive(String option, Duration value) {
			Objects.requireNonNull(value, option + " must not be null");
			if (value.isNegative() || value.isZero()) {
				throw new IllegalArgumentException(
						"Invalid connection option '" + option + "': " + value + " must be positive");
			}
			return value;
		}

	}

}
