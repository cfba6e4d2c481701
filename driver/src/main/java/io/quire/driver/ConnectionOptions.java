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

	private final List<HostSpec> hostSpecs;

	private final int defaultPort;

	private final List<String> hostAddresses;

	private final String database;

	private final String user;

	private final String password;

	private final @Nullable Duration connectTimeout;

	private final @Nullable Duration networkTimeout;

	private final TlsOptions tls;

	private final KeepaliveOptions keepalive;

	private final TargetSessionAttrs targetSessionAttrs;

	private final @Nullable String applicationName;

	private final @Nullable String fallbackApplicationName;

	private final String clientEncoding;

	private final Class<?> documentClass;

	private final Map<String, Object> sessionOptions;

	private final boolean timeZoneAware;

	private final boolean autoReconnect;

	private final boolean retryReads;

	private final List<QueryListener> queryListeners;

	private ConnectionOptions(Builder builder, List<HostAndPort> hosts) {
		this.hosts = hosts;
		this.hostSpecs = List.copyOf(builder.hosts);
		this.defaultPort = builder.port;
		this.hostAddresses = List.copyOf(builder.hostAddresses);
		this.database = builder.database;
		this.user = builder.user;
		this.password = builder.password;
		this.connectTimeout = builder.connectTimeout;
		this.networkTimeout = builder.networkTimeout;
		this.tls = builder.tls;
		this.keepalive = builder.keepalive;
		this.targetSessionAttrs = builder.targetSessionAttrs;
		this.applicationName = builder.applicationName;
		this.fallbackApplicationName = builder.fallbackApplicationName;
		this.clientEncoding = builder.clientEncoding;
		this.documentClass = builder.documentClass;
		this.sessionOptions = Collections.unmodifiableMap(new LinkedHashMap<>(builder.sessionOptions));
		this.timeZoneAware = builder.timeZoneAware;
		this.autoReconnect = builder.autoReconnect;
		this.retryReads = builder.retryReads;
		this.queryListeners = List.copyOf(builder.queryListeners);
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
	 * {@code application_name}, {@code fallback_application_name}, {@code hostaddr} (one
	 * per host, comma-separated), {@code dbname} (as {@code db} or the path),
	 * {@code client_encoding}, {@code document_class} (a class name), {@code options},
	 * {@code durability}, {@code read_mode}, {@code array_limit}, {@code tz_aware},
	 * {@code auth_key}, {@code auto_reconnect}, {@code retry_reads}, {@code slave_okay}).
	 * A duration is a number of seconds or has a unit ({@code 500ms}, {@code 20s},
	 * {@code 2m}); {@code connect_timeout=0} means no bound.
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

	/**
	 * The numeric addresses to connect to instead of resolving the host names
	 * ({@code hostaddr}), one per host in order, or empty to resolve the names.
	 */
	public List<String> hostAddresses() {
		return this.hostAddresses;
	}

	/**
	 * The numeric address to open the socket to for one of {@link #hosts()}, or
	 * {@code null} to resolve its name; TLS still verifies and sends (SNI) the host name.
	 */
	public @Nullable String hostAddress(HostAndPort host) {
		int index = this.hosts.indexOf(host);
		return (index < 0 || this.hostAddresses.isEmpty()) ? null : this.hostAddresses.get(index);
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

	/**
	 * Bound on opening a connection to one host: TCP, TLS, handshake and, when
	 * {@link #targetSessionAttrs()} is not {@code any}, the role probe; {@code null} when
	 * there is no bound ({@code connect_timeout=0}).
	 */
	public @Nullable Duration connectTimeout() {
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

	/** The {@code application_name} set, or {@code null}. */
	public @Nullable String applicationName() {
		return this.applicationName;
	}

	/**
	 * The name sent when no {@code application_name} is set
	 * ({@code fallback_application_name}), or {@code null}.
	 */
	public @Nullable String fallbackApplicationName() {
		return this.fallbackApplicationName;
	}

	/**
	 * The name sent to the server in the handshake: {@link #applicationName()}, else
	 * {@link #fallbackApplicationName()}, else {@code null}.
	 */
	public @Nullable String effectiveApplicationName() {
		return (this.applicationName != null) ? this.applicationName : this.fallbackApplicationName;
	}

	/**
	 * The client encoding ({@code client_encoding}): always {@code UTF8}, the only
	 * encoding of the RethinkDB protocol.
	 */
	public String clientEncoding() {
		return this.clientEncoding;
	}

	/**
	 * The class documents are mapped to when a query is run without a result type
	 * ({@code document_class}); {@code Map.class} (plain maps) by default.
	 */
	public Class<?> documentClass() {
		return this.documentClass;
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

	/**
	 * Whether a read-only query that failed with a retryable exception (see
	 * {@link QuireException#isRetryable()}) is run once more on a re-routed socket; off
	 * by default.
	 */
	public boolean retryReads() {
		return this.retryReads;
	}

	/**
	 * The listeners told about every query, in the order they were added; none by
	 * default.
	 */
	public List<QueryListener> queryListeners() {
		return this.queryListeners;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof ConnectionOptions that && this.hosts.equals(that.hosts)
				&& this.hostAddresses.equals(that.hostAddresses) && this.database.equals(that.database)
				&& this.user.equals(that.user) && this.password.equals(that.password)
				&& Objects.equals(this.connectTimeout, that.connectTimeout)
				&& Objects.equals(this.networkTimeout, that.networkTimeout) && this.tls.equals(that.tls)
				&& this.keepalive.equals(that.keepalive) && this.targetSessionAttrs == that.targetSessionAttrs
				&& Objects.equals(this.applicationName, that.applicationName)
				&& Objects.equals(this.fallbackApplicationName, that.fallbackApplicationName)
				&& this.documentClass == that.documentClass && this.sessionOptions.equals(that.sessionOptions)
				&& this.timeZoneAware == that.timeZoneAware && this.autoReconnect == that.autoReconnect
				&& this.retryReads == that.retryReads && this.queryListeners.equals(that.queryListeners);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.hosts, this.database, this.user, this.connectTimeout, this.tls);
	}

	/** Every option, with the password masked. */
	@Override
	public String toString() {
		return "ConnectionOptions{hosts=" + this.hosts + ", hostAddresses=" + this.hostAddresses + ", database="
				+ this.database + ", user=" + this.user + ", password=" + (this.password.isEmpty() ? "" : "****")
				+ ", connectTimeout=" + this.connectTimeout + ", networkTimeout=" + this.networkTimeout + ", tls="
				+ this.tls + ", keepalive=" + this.keepalive + ", targetSessionAttrs=" + this.targetSessionAttrs.value()
				+ ", applicationName=" + this.applicationName + ", fallbackApplicationName="
				+ this.fallbackApplicationName + ", clientEncoding=" + this.clientEncoding + ", documentClass="
				+ this.documentClass.getName() + ", sessionOptions=" + this.sessionOptions + ", timeZoneAware="
				+ this.timeZoneAware + ", autoReconnect=" + this.autoReconnect + ", retryReads=" + this.retryReads
				+ "}";
	}

	/**
	 * Builds {@link ConnectionOptions}; every setter checks its argument at once and
	 * names the option.
	 */
	public static final class Builder {

		private List<HostSpec> hosts = List.of(new HostSpec("localhost", null));

		private int port = HostAndPort.DEFAULT_PORT;

		private List<String> hostAddresses = List.of();

		private String database = "test";

		private String user = "admin";

		private String password = "";

		private @Nullable Duration connectTimeout = Duration.ofSeconds(20);

		private @Nullable Duration networkTimeout;

		private TlsOptions tls = TlsOptions.disabled();

		private KeepaliveOptions keepalive = KeepaliveOptions.defaults();

		private TargetSessionAttrs targetSessionAttrs = TargetSessionAttrs.ANY;

		private @Nullable String applicationName;

		private @Nullable String fallbackApplicationName;

		private String clientEncoding = ClientEncodings.UTF8;

		private Class<?> documentClass = Map.class;

		private final Map<String, Object> sessionOptions = new LinkedHashMap<>();

		private boolean timeZoneAware = true;

		private boolean autoReconnect = true;

		private boolean retryReads;

		private final List<QueryListener> queryListeners = new ArrayList<>();

		private Builder() {
		}

		private Builder(ConnectionOptions options) {
			this.hosts = options.hostSpecs;
			this.port = options.defaultPort;
			this.hostAddresses = options.hostAddresses;
			this.database = options.database;
			this.user = options.user;
			this.password = options.password;
			this.connectTimeout = options.connectTimeout;
			this.networkTimeout = options.networkTimeout;
			this.tls = options.tls;
			this.keepalive = options.keepalive;
			this.targetSessionAttrs = options.targetSessionAttrs;
			this.applicationName = options.applicationName;
			this.fallbackApplicationName = options.fallbackApplicationName;
			this.clientEncoding = options.clientEncoding;
			this.documentClass = options.documentClass;
			this.sessionOptions.putAll(options.sessionOptions);
			this.timeZoneAware = options.timeZoneAware;
			this.autoReconnect = options.autoReconnect;
			this.retryReads = options.retryReads;
			this.queryListeners.addAll(options.queryListeners);
		}

		/**
		 * A single server, as {@code host}, {@code host:port}, {@code [ipv6]:port} or a
		 * bare IPv6 literal; default {@code localhost}. A port written here is this
		 * host's port; without one the host takes {@link #port(int)}.
		 */
		public Builder host(String host) {
			Objects.requireNonNull(host, "host must not be null");
			this.hosts = List.of(HostSpec.parse(host));
			return this;
		}

		/**
		 * The port of every host given without its own port, whether before or after this
		 * call; default 28015. A port written in a host string ({@code "db:28016"}) or
		 * given as a {@link HostAndPort} wins, as pymongo's host strings do.
		 */
		public Builder port(int port) {
			new HostAndPort("localhost", port);
			this.port = port;
			return this;
		}

		/**
		 * Several servers, tried in order (see {@link #targetSessionAttrs}), each with
		 * its own port.
		 */
		public Builder hosts(List<HostAndPort> hosts) {
			Objects.requireNonNull(hosts, "hosts must not be null");
			List<HostSpec> specs = new ArrayList<>();
			hosts.forEach((host) -> specs.add(HostSpec.of(host)));
			return hostSpecs(specs);
		}

		/**
		 * Several servers as host strings ({@code host}, {@code host:port},
		 * {@code [ipv6]:port}); a host without a port takes {@link #port(int)}.
		 */
		public Builder hosts(String... addresses) {
			List<HostSpec> parsed = new ArrayList<>();
			for (String address : addresses) {
				parsed.add(HostSpec.parse(Objects.requireNonNull(address, "host must not be null")));
			}
			return hostSpecs(parsed);
		}

		private Builder hostSpecs(List<HostSpec> hosts) {
			if (hosts.isEmpty()) {
				throw new IllegalArgumentException("Invalid connection option 'host': at least one host is needed");
			}
			this.hosts = List.copyOf(hosts);
			return this;
		}

		/**
		 * Numeric IP addresses to open the sockets to instead of resolving the host names
		 * ({@code hostaddr}), one per host in order; TLS still verifies the host name and
		 * sends it in SNI. Default none: the names are resolved. No argument clears them.
		 */
		public Builder hostaddr(String... addresses) {
			List<String> checked = new ArrayList<>();
			for (String address : addresses) {
				checked.add(HostAddresses.check(address));
			}
			this.hostAddresses = List.copyOf(checked);
			return this;
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
		 * Bound on opening a connection to one host: TCP, TLS, handshake and the role
		 * probe of {@link #targetSessionAttrs} ({@code timeout},
		 * {@code connect_timeout}); default 20 s. Zero or {@code null} means no bound, as
		 * {@code connect_timeout=0} in libpq.
		 */
		public Builder connectTimeout(@Nullable Duration connectTimeout) {
			if (connectTimeout != null && connectTimeout.isNegative()) {
				throw new IllegalArgumentException("Invalid connection option 'connect_timeout': " + connectTimeout
						+ " must not be negative (0 means no bound)");
			}
			this.connectTimeout = (connectTimeout == null || connectTimeout.isZero()) ? null : connectTimeout;
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
		 * The name sent when no {@link #applicationName} is set
		 * ({@code fallback_application_name}), as libpq uses it for a tool's own name;
		 * default none.
		 */
		public Builder fallbackApplicationName(@Nullable String fallbackApplicationName) {
			if (fallbackApplicationName != null && fallbackApplicationName.length() > 256) {
				throw new IllegalArgumentException(
						"Invalid connection option 'fallback_application_name': longer than 256 characters");
			}
			this.fallbackApplicationName = (fallbackApplicationName == null || fallbackApplicationName.isEmpty()) ? null
					: fallbackApplicationName;
			return this;
		}

		/**
		 * The client encoding ({@code client_encoding}); default and only value
		 * {@code UTF8}, written in any case with or without a dash ({@code utf-8},
		 * {@code UTF_8}, {@code unicode}). Any other encoding is refused, since the
		 * RethinkDB protocol carries UTF-8 JSON only.
		 */
		public Builder clientEncoding(String clientEncoding) {
			this.clientEncoding = ClientEncodings.check(clientEncoding);
			return this;
		}

		/**
		 * The class a document (a JSON object) is mapped to when a query runs without a
		 * result type, as pymongo's {@code document_class} ({@code document_class}, by
		 * class name in a URI); default {@code Map.class}, plain maps. Values that are
		 * not objects keep their plain types; an explicit result type always wins.
		 */
		public Builder documentClass(Class<?> documentClass) {
			Objects.requireNonNull(documentClass, "document_class must not be null");
			if (documentClass.isPrimitive() || documentClass.isArray()
					|| documentClass.isInterface() && !Map.class.isAssignableFrom(documentClass)) {
				throw new IllegalArgumentException("Invalid connection option 'document_class': "
						+ documentClass.getName() + " cannot hold a document (use a Map or a class with properties)");
			}
			this.documentClass = documentClass;
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
		 * Run a read-only query once more, on a re-routed socket, when it failed with a
		 * retryable exception ({@code retry_reads}): its server went away or is a standby
		 * that refused it. A query that writes, changes the catalog, sends HTTP or opens
		 * a changefeed is never retried, nor is a cursor's next batch. Default false:
		 * every failure reaches the caller.
		 */
		public Builder retryReads(boolean retryReads) {
			this.retryReads = retryReads;
			return this;
		}

		/**
		 * pymongo's {@code slave_okay}: {@code true} reads from a standby when one of the
		 * hosts is, with {@code read_mode} {@code outdated}, as
		 * {@code targetSessionAttrs(PREFER_STANDBY).readMode("outdated")}; {@code false}
		 * (the default) undoes exactly that.
		 */
		public Builder slaveOkay(boolean slaveOkay) {
			if (slaveOkay) {
				return targetSessionAttrs(TargetSessionAttrs.PREFER_STANDBY).readMode("outdated");
			}
			if (this.targetSessionAttrs == TargetSessionAttrs.PREFER_STANDBY) {
				this.targetSessionAttrs = TargetSessionAttrs.ANY;
			}
			if ("outdated".equals(this.sessionOptions.get("read_mode"))) {
				this.sessionOptions.remove("read_mode");
			}
			return this;
		}

		/**
		 * Add a listener told before and after every query of the connections (see
		 * {@link QueryListener}); none by default. Listeners run in the order added.
		 */
		public Builder addQueryListener(QueryListener listener) {
			this.queryListeners.add(Objects.requireNonNull(listener, "listener must not be null"));
			return this;
		}

		/**
		 * Check the options together and build: hosts without a port take
		 * {@link #port(int)}.
		 * @throws IllegalArgumentException if a host appears twice, or {@code hostaddr}
		 * does not give one address per host
		 */
		public ConnectionOptions build() {
			List<HostAndPort> resolved = new ArrayList<>();
			this.hosts.forEach((host) -> resolved.add(host.resolve(this.port)));
			if (Set.copyOf(resolved).size() != resolved.size()) {
				throw new IllegalArgumentException(
						"Invalid connection option 'host': a host appears twice in " + resolved);
			}
			if (!this.hostAddresses.isEmpty() && this.hostAddresses.size() != resolved.size()) {
				throw new IllegalArgumentException("Invalid connection option 'hostaddr': " + this.hostAddresses.size()
						+ " addresses for " + resolved.size() + " hosts; give one per host, in order");
			}
			return new ConnectionOptions(this, List.copyOf(resolved));
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
