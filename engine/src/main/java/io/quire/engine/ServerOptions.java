package io.quire.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The immutable settings of a {@link QuireServer}, made by {@code QuireServer.Builder},
 * where each setting and its default is documented.
 */
public final class ServerOptions {

	private final int port;

	private final String bindAddress;

	private final @Nullable Path dataDirectory;

	private final String initialPassword;

	private final int maxConnections;

	private final int maxFrameSize;

	private final int maxNestingDepth;

	private final Duration handshakeTimeout;

	private final Duration frameReadTimeout;

	private final Duration shutdownTimeout;

	private final @Nullable Tls tls;

	private final String serverName;

	private final QueryListener queryListener;

	private final int workerThreads;

	private final long maxQueryMemory;

	private final @Nullable FatalErrorHandler fatalErrorHandler;

	private Http http = Http.UNRESTRICTED;

	private @Nullable ClusterOptions cluster;

	ServerOptions(int port, String bindAddress, @Nullable Path dataDirectory, String initialPassword, Limits limits,
			@Nullable Tls tls, String serverName, QueryListener queryListener,
			@Nullable FatalErrorHandler fatalErrorHandler) {
		this.port = port;
		this.bindAddress = bindAddress;
		this.dataDirectory = dataDirectory;
		this.initialPassword = initialPassword;
		this.maxConnections = limits.maxConnections();
		this.maxFrameSize = limits.maxFrameSize();
		this.maxNestingDepth = limits.maxNestingDepth();
		this.handshakeTimeout = limits.handshakeTimeout();
		this.frameReadTimeout = limits.frameReadTimeout();
		this.shutdownTimeout = limits.shutdownTimeout();
		this.workerThreads = limits.workerThreads();
		this.maxQueryMemory = limits.maxQueryMemory();
		this.fatalErrorHandler = fatalErrorHandler;
		this.tls = tls;
		this.serverName = serverName;
		this.queryListener = queryListener;
	}

	/** The driver port to bind, 0 for any free port. */
	public int port() {
		return this.port;
	}

	public String bindAddress() {
		return this.bindAddress;
	}

	/** The RocksDB directory, empty for an in-memory server. */
	public Optional<Path> dataDirectory() {
		return Optional.ofNullable(this.dataDirectory);
	}

	/** The password given to {@code admin} when the server starts on empty storage. */
	public String initialPassword() {
		return this.initialPassword;
	}

	public int maxConnections() {
		return this.maxConnections;
	}

	public int maxFrameSize() {
		return this.maxFrameSize;
	}

	/**
	 * The deepest nesting of arrays and objects in a query and in a response alike,
	 * counted over each frame's whole JSON.
	 */
	public int maxNestingDepth() {
		return this.maxNestingDepth;
	}

	public Duration handshakeTimeout() {
		return this.handshakeTimeout;
	}

	/**
	 * How long a frame may take to arrive once its first byte has; a connection idle
	 * between frames has no deadline.
	 */
	public Duration frameReadTimeout() {
		return this.frameReadTimeout;
	}

	public Duration shutdownTimeout() {
		return this.shutdownTimeout;
	}

	/** TLS on the driver port, empty for plain TCP. */
	public Optional<Tls> tls() {
		return Optional.ofNullable(this.tls);
	}

	public String serverName() {
		return this.serverName;
	}

	public QueryListener queryListener() {
		return this.queryListener;
	}

	/** Threads that evaluate queries off the network's event loops. */
	public int workerThreads() {
		return this.workerThreads;
	}

	/**
	 * The most heap, in bytes, that one value a query builds (an array, grouped data, a
	 * sort buffer) may take before the query fails with RESOURCE_LIMIT.
	 */
	public long maxQueryMemory() {
		return this.maxQueryMemory;
	}

	/**
	 * Who is told of an error the JVM cannot recover from; empty for the default, which
	 * closes the server.
	 */
	public Optional<FatalErrorHandler> fatalErrorHandler() {
		return Optional.ofNullable(this.fatalErrorHandler);
	}

	/** Whether and where queries may send HTTP requests with {@code r.http}. */
	public Http http() {
		return this.http;
	}

	ServerOptions withHttp(Http http) {
		this.http = http;
		return this;
	}

	/**
	 * The replicated group this server is a member of; empty for a single server, which
	 * runs no Raft at all.
	 */
	public Optional<ClusterOptions> cluster() {
		return Optional.ofNullable(this.cluster);
	}

	ServerOptions withCluster(@Nullable ClusterOptions cluster) {
		this.cluster = cluster;
		return this;
	}

	@Override
	public String toString() {
		return "ServerOptions[port=" + this.port + ", bindAddress=" + this.bindAddress + ", dataDirectory="
				+ this.dataDirectory + ", initialPassword=" + (this.initialPassword.isEmpty() ? "''" : "******")
				+ ", maxConnections=" + this.maxConnections + ", tls=" + (this.tls != null) + ", cluster="
				+ this.cluster + "]";
	}

	/** The limits and thread counts, grouped to keep the constructor readable. */
	record Limits(int maxConnections, int maxFrameSize, int maxNestingDepth, Duration handshakeTimeout,
			Duration frameReadTimeout, Duration shutdownTimeout, int workerThreads, long maxQueryMemory) {
	}

	/**
	 * TLS settings of the driver port, files in PEM format.
	 *
	 * @param certificateChain the server's certificate chain
	 * @param privateKey the server's private key (PKCS#8)
	 * @param clientCertificateAuthority when set, clients must present a certificate
	 * signed by it
	 */
	public record Tls(Path certificateChain, Path privateKey, @Nullable Path clientCertificateAuthority) {
	}

	/**
	 * What {@code r.http} may reach.
	 *
	 * @param enabled whether queries may use {@code r.http} at all
	 * @param allowedHosts the hosts requests may go to (lower case; an entry
	 * {@code *.example.com} also admits every subdomain), every host when empty
	 */
	public record Http(boolean enabled, List<String> allowedHosts) {

		/** On, to any host: RethinkDB's behaviour. */
		public static final Http UNRESTRICTED = new Http(true, List.of());

		public Http {
			allowedHosts = allowedHosts.stream().map((host) -> host.trim().toLowerCase(Locale.ROOT)).toList();
		}

	}

}
