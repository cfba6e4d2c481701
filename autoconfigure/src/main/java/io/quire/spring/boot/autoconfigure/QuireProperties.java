package io.quire.spring.boot.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.quire.driver.SslMode;
import io.quire.driver.TargetSessionAttrs;
import io.quire.driver.pool.ValidationDepth;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.DeprecatedConfigurationProperty;
import org.springframework.boot.context.properties.source.MutuallyExclusiveConfigurationPropertiesException;

/**
 * Configuration properties for a Quire client, bound from {@code quire.*}.
 * <p>
 * A {@code uri} carries the hosts, credentials, database and options in one string; it
 * cannot be combined with {@code host}, {@code port} or {@code hosts}. The discrete keys
 * below that (database, username, password, timeouts, ...) apply on top of a URI only
 * where they are set explicitly.
 *
 * @see PropertiesQuireConnectionDetails
 */
@ConfigurationProperties("quire")
public class QuireProperties {

	/** Default host when neither uri, host nor hosts is set. */
	public static final String DEFAULT_HOST = "localhost";

	/** Default driver port of Quire and RethinkDB servers. */
	public static final int DEFAULT_PORT = 28015;

	/**
	 * Connection URI, such as
	 * 'rethinkdb://user:password@host1:28015,host2:28016/db?timeout=20s'. Cannot be set
	 * together with host, port or hosts.
	 */
	private @Nullable String uri;

	/** Server host name. */
	private @Nullable String host;

	/** Server driver port. */
	private @Nullable Integer port;

	/**
	 * Comma-separated list of 'host:port' entries, tried in order until one fits
	 * target-session-attrs. Cannot be set together with host or port.
	 */
	private List<String> hosts = new ArrayList<>();

	/** Default database of every connection. */
	private @Nullable String database;

	/** Login user. */
	private @Nullable String username;

	/** Login password. */
	private @Nullable String password;

	/** Password of the admin user, RethinkDB's older spelling. */
	private @Nullable String authKey;

	/** Bound on opening a connection: TCP connect, TLS and handshake. */
	private @Nullable Duration connectTimeout;

	/**
	 * Bound on each socket read while a query waits for its answer. Unbounded by default.
	 */
	private @Nullable Duration networkTimeout;

	/**
	 * Numeric addresses to connect to instead of resolving the host names, one per host
	 * in order (libpq's hostaddr); TLS still verifies the host names.
	 */
	private List<String> hostaddr = new ArrayList<>();

	/** Name sent to the server and shown in its connection list and logs. */
	private @Nullable String applicationName;

	/**
	 * Name sent when application-name is unset. When unset too, 'spring.application.name'
	 * is used.
	 */
	private @Nullable String fallbackApplicationName;

	/** Client encoding; UTF8, the only encoding of the RethinkDB protocol. */
	private @Nullable String clientEncoding;

	/**
	 * Class that documents are mapped to when a query runs without a result type. Plain
	 * maps by default.
	 */
	private @Nullable Class<?> documentClass;

	/**
	 * Role a server must have to be kept when several hosts are given: any, read-write,
	 * read-only, primary, standby or prefer-standby.
	 */
	private @Nullable TargetSessionAttrs targetSessionAttrs;

	/**
	 * Default read mode of queries: single, majority or outdated. Server default if
	 * unset.
	 */
	private @Nullable String readMode;

	/** Default write durability of queries: hard or soft. Server default if unset. */
	private @Nullable String durability;

	/**
	 * Whether a read-only query that failed because its server went away or is a standby
	 * runs once more on a re-routed connection. Failures reach the caller if unset.
	 */
	private @Nullable Boolean retryReads;

	/**
	 * pymongo's slave_okay: read from a standby when one of the hosts is (target session
	 * attributes prefer-standby, read mode outdated). Explicit target-session-attrs and
	 * read-mode win.
	 */
	private @Nullable Boolean slaveOkay;

	/**
	 * Whether times are read as OffsetDateTime keeping their zone rather than Instant.
	 */
	private @Nullable Boolean timeZoneAware;

	private final Ssl ssl = new Ssl();

	private final Keepalive keepalive = new Keepalive();

	private final Pool pool = new Pool();

	private final Embedded embedded = new Embedded();

	private final Health health = new Health();

	public @Nullable String getUri() {
		return this.uri;
	}

	public void setUri(@Nullable String uri) {
		this.uri = uri;
	}

	public @Nullable String getHost() {
		return this.host;
	}

	public void setHost(@Nullable String host) {
		this.host = host;
	}

	public @Nullable Integer getPort() {
		return this.port;
	}

	public void setPort(@Nullable Integer port) {
		this.port = port;
	}

	public List<String> getHosts() {
		return this.hosts;
	}

	public void setHosts(List<String> hosts) {
		this.hosts = hosts;
	}

	public @Nullable String getDatabase() {
		return this.database;
	}

	public void setDatabase(@Nullable String database) {
		this.database = database;
	}

	public @Nullable String getUsername() {
		return this.username;
	}

	public void setUsername(@Nullable String username) {
		this.username = username;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	@Deprecated(since = "0.1.0")
	@DeprecatedConfigurationProperty(replacement = "quire.password",
			reason = "RethinkDB's auth_key is the admin password; use quire.password")
	public @Nullable String getAuthKey() {
		return this.authKey;
	}

	@Deprecated(since = "0.1.0")
	public void setAuthKey(@Nullable String authKey) {
		this.authKey = authKey;
	}

	public @Nullable Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(@Nullable Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public @Nullable Duration getNetworkTimeout() {
		return this.networkTimeout;
	}

	public void setNetworkTimeout(@Nullable Duration networkTimeout) {
		this.networkTimeout = networkTimeout;
	}

	public @Nullable String getApplicationName() {
		return this.applicationName;
	}

	public void setApplicationName(@Nullable String applicationName) {
		this.applicationName = applicationName;
	}

	public List<String> getHostaddr() {
		return this.hostaddr;
	}

	public void setHostaddr(List<String> hostaddr) {
		this.hostaddr = hostaddr;
	}

	public @Nullable String getFallbackApplicationName() {
		return this.fallbackApplicationName;
	}

	public void setFallbackApplicationName(@Nullable String fallbackApplicationName) {
		this.fallbackApplicationName = fallbackApplicationName;
	}

	public @Nullable String getClientEncoding() {
		return this.clientEncoding;
	}

	public void setClientEncoding(@Nullable String clientEncoding) {
		this.clientEncoding = clientEncoding;
	}

	public @Nullable Class<?> getDocumentClass() {
		return this.documentClass;
	}

	public void setDocumentClass(@Nullable Class<?> documentClass) {
		this.documentClass = documentClass;
	}

	public @Nullable TargetSessionAttrs getTargetSessionAttrs() {
		return this.targetSessionAttrs;
	}

	public void setTargetSessionAttrs(@Nullable TargetSessionAttrs targetSessionAttrs) {
		this.targetSessionAttrs = targetSessionAttrs;
	}

	public @Nullable String getReadMode() {
		return this.readMode;
	}

	public void setReadMode(@Nullable String readMode) {
		this.readMode = readMode;
	}

	public @Nullable String getDurability() {
		return this.durability;
	}

	public void setDurability(@Nullable String durability) {
		this.durability = durability;
	}

	public @Nullable Boolean getRetryReads() {
		return this.retryReads;
	}

	public void setRetryReads(@Nullable Boolean retryReads) {
		this.retryReads = retryReads;
	}

	public @Nullable Boolean getSlaveOkay() {
		return this.slaveOkay;
	}

	public void setSlaveOkay(@Nullable Boolean slaveOkay) {
		this.slaveOkay = slaveOkay;
	}

	public @Nullable Boolean getTimeZoneAware() {
		return this.timeZoneAware;
	}

	public void setTimeZoneAware(@Nullable Boolean timeZoneAware) {
		this.timeZoneAware = timeZoneAware;
	}

	public Ssl getSsl() {
		return this.ssl;
	}

	public Keepalive getKeepalive() {
		return this.keepalive;
	}

	public Pool getPool() {
		return this.pool;
	}

	public Embedded getEmbedded() {
		return this.embedded;
	}

	public Health getHealth() {
		return this.health;
	}

	/**
	 * Fails when the URI is combined with discrete address keys, naming every key that
	 * was set, so that no setting is silently ignored.
	 * @throws MutuallyExclusiveConfigurationPropertiesException on a conflict
	 */
	public void checkAddressKeys() {
		@Nullable List<String> hostList = this.hosts.isEmpty() ? null : this.hosts;
		exclusive("quire.uri", this.uri, "quire.host", this.host);
		exclusive("quire.uri", this.uri, "quire.port", this.port);
		exclusive("quire.uri", this.uri, "quire.hosts", hostList);
		exclusive("quire.hosts", hostList, "quire.host", this.host);
		exclusive("quire.hosts", hostList, "quire.port", this.port);
	}

	private static void exclusive(String name, @Nullable Object value, String otherName, @Nullable Object otherValue) {
		MutuallyExclusiveConfigurationPropertiesException.throwIfMultipleNonNullValuesIn((entries) -> {
			entries.put(name, value);
			entries.put(otherName, otherValue);
		});
	}

	/**
	 * TLS settings.
	 */
	public static class Ssl {

		/**
		 * Whether to use TLS. Enabled automatically when a bundle or CA certificates are
		 * configured.
		 */
		private @Nullable Boolean enabled;

		/**
		 * How TLS is used when enabled, with libpq's sslmode names: require, verify-ca or
		 * verify-full.
		 */
		private @Nullable SslMode mode;

		/** Name of an SSL bundle declared under 'spring.ssl.bundle'. */
		private @Nullable String bundle;

		/**
		 * Location or content of the PEM CA certificates the server certificate must
		 * chain to. Ignored when a bundle is named.
		 */
		private @Nullable String caCerts;

		/**
		 * Location or content of a PEM client certificate, for servers that ask for one.
		 */
		private @Nullable String clientCert;

		/** Location or content of the PEM private key of the client certificate. */
		private @Nullable String clientKey;

		/** Password of the client certificate's private key. */
		private @Nullable String clientKeyPassword;

		public boolean isEnabled() {
			return (this.enabled != null) ? this.enabled : hasBundle() || hasText(this.caCerts);
		}

		public @Nullable Boolean getEnabled() {
			return this.enabled;
		}

		public void setEnabled(@Nullable Boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable SslMode getMode() {
			return this.mode;
		}

		public void setMode(@Nullable SslMode mode) {
			this.mode = mode;
		}

		public @Nullable String getBundle() {
			return this.bundle;
		}

		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

		/**
		 * Whether a bundle is named; an empty name counts as none.
		 * @return whether a bundle name with text is set
		 */
		public boolean hasBundle() {
			return hasText(this.bundle);
		}

		/**
		 * Whether PEM certificates are configured directly.
		 * @return whether ca-certs or client-cert has text
		 */
		public boolean hasPemCertificates() {
			return hasText(this.caCerts) || hasText(this.clientCert);
		}

		public @Nullable String getCaCerts() {
			return this.caCerts;
		}

		public void setCaCerts(@Nullable String caCerts) {
			this.caCerts = caCerts;
		}

		public @Nullable String getClientCert() {
			return this.clientCert;
		}

		public void setClientCert(@Nullable String clientCert) {
			this.clientCert = clientCert;
		}

		public @Nullable String getClientKey() {
			return this.clientKey;
		}

		public void setClientKey(@Nullable String clientKey) {
			this.clientKey = clientKey;
		}

		public @Nullable String getClientKeyPassword() {
			return this.clientKeyPassword;
		}

		public void setClientKeyPassword(@Nullable String clientKeyPassword) {
			this.clientKeyPassword = clientKeyPassword;
		}

		private static boolean hasText(@Nullable String text) {
			return text != null && !text.isBlank();
		}

	}

	/**
	 * TCP keepalive settings of every socket.
	 */
	public static class Keepalive {

		/** Whether to send TCP keepalive probes. */
		private @Nullable Boolean enabled;

		/**
		 * Idle time before the first probe, whole seconds. Operating system default if
		 * unset.
		 */
		private @Nullable Duration idle;

		/** Time between probes, whole seconds. Operating system default if unset. */
		private @Nullable Duration interval;

		/** Number of unanswered probes before the connection is dropped. */
		private @Nullable Integer count;

		public @Nullable Boolean getEnabled() {
			return this.enabled;
		}

		public void setEnabled(@Nullable Boolean enabled) {
			this.enabled = enabled;
		}

		/**
		 * Whether any keepalive setting is configured.
		 * @return whether a keepalive property is set
		 */
		public boolean isConfigured() {
			return this.enabled != null || this.idle != null || this.interval != null || this.count != null;
		}

		public @Nullable Duration getIdle() {
			return this.idle;
		}

		public void setIdle(@Nullable Duration idle) {
			this.idle = idle;
		}

		public @Nullable Duration getInterval() {
			return this.interval;
		}

		public void setInterval(@Nullable Duration interval) {
			this.interval = interval;
		}

		public @Nullable Integer getCount() {
			return this.count;
		}

		public void setCount(@Nullable Integer count) {
			this.count = count;
		}

	}

	/**
	 * Connection pool settings.
	 */
	public static class Pool {

		/** Whether the ConnectionFactory bean is a connection pool. */
		private boolean enabled = true;

		/** Connections kept open when idle, opened as they are first needed. */
		private @Nullable Integer initialSize;

		/** Most connections open at once, lent and idle. */
		private @Nullable Integer maxSize;

		/**
		 * Most callers one connection is lent to at once, their queries multiplexed on
		 * its socket. 8 by default: a pool of 4 then reads about 1.5x as fast as with 1
		 * (BENCHMARKS.md); set 1 for one caller per connection.
		 */
		private @Nullable Integer maxInFlight = 8;

		/** Time a connection may stay idle before it is closed. */
		private @Nullable Duration maxIdleTime;

		/** Age after which a connection is closed once returned. Unlimited if unset. */
		private @Nullable Duration maxLifeTime;

		/** Bound on waiting for a free connection. */
		private @Nullable Duration maxAcquireTime;

		/**
		 * Check of a connection before it is lent: none, local (the socket is open) or
		 * remote (the server answers a no-op query).
		 */
		private @Nullable ValidationDepth validation;

		/**
		 * Time a connection may be held before a possible leak is logged. Off if unset.
		 */
		private @Nullable Duration leakDetectionThreshold;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable Integer getInitialSize() {
			return this.initialSize;
		}

		public void setInitialSize(@Nullable Integer initialSize) {
			this.initialSize = initialSize;
		}

		public @Nullable Integer getMaxSize() {
			return this.maxSize;
		}

		public void setMaxSize(@Nullable Integer maxSize) {
			this.maxSize = maxSize;
		}

		public @Nullable Integer getMaxInFlight() {
			return this.maxInFlight;
		}

		public void setMaxInFlight(@Nullable Integer maxInFlight) {
			this.maxInFlight = maxInFlight;
		}

		public @Nullable Duration getMaxIdleTime() {
			return this.maxIdleTime;
		}

		public void setMaxIdleTime(@Nullable Duration maxIdleTime) {
			this.maxIdleTime = maxIdleTime;
		}

		public @Nullable Duration getMaxLifeTime() {
			return this.maxLifeTime;
		}

		public void setMaxLifeTime(@Nullable Duration maxLifeTime) {
			this.maxLifeTime = maxLifeTime;
		}

		public @Nullable Duration getMaxAcquireTime() {
			return this.maxAcquireTime;
		}

		public void setMaxAcquireTime(@Nullable Duration maxAcquireTime) {
			this.maxAcquireTime = maxAcquireTime;
		}

		public @Nullable ValidationDepth getValidation() {
			return this.validation;
		}

		public void setValidation(@Nullable ValidationDepth validation) {
			this.validation = validation;
		}

		public @Nullable Duration getLeakDetectionThreshold() {
			return this.leakDetectionThreshold;
		}

		public void setLeakDetectionThreshold(@Nullable Duration leakDetectionThreshold) {
			this.leakDetectionThreshold = leakDetectionThreshold;
		}

	}

	/**
	 * Embedded engine settings.
	 */
	public static class Embedded {

		/**
		 * Whether to start an embedded Quire engine (needs quire-engine on the
		 * classpath).
		 */
		private boolean enabled;

		/** Driver port of the embedded engine; 0 picks a free port. */
		private int port;

		/** Directory of the embedded engine's data. In memory if unset. */
		private @Nullable Path dataDir;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getPort() {
			return this.port;
		}

		public void setPort(int port) {
			this.port = port;
		}

		public @Nullable Path getDataDir() {
			return this.dataDir;
		}

		public void setDataDir(@Nullable Path dataDir) {
			this.dataDir = dataDir;
		}

	}

	/**
	 * Health check settings.
	 */
	public static class Health {

		/**
		 * Bound on the health check: borrowing a connection and one server round trip.
		 */
		private Duration timeout = Duration.ofSeconds(5);

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

}
