package io.quire.engine.net;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.quire.engine.ConnectionInfo;
import io.quire.engine.FatalErrorHandler;
import io.quire.engine.ServerOptions;
import io.quire.engine.ServerStartException;
import io.quire.engine.query.QueryRunner;
import io.quire.engine.query.RunningQueries;
import io.quire.engine.system.ClientConnections;
import io.quire.engine.term.Cancellation;
import io.quire.protocol.handshake.ScramCredential;
import io.quire.protocol.transport.Transport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The driver port: a Netty server that speaks the RethinkDB V1_0 protocol and hands
 * queries to a {@link QueryRunner} on a bounded pool of worker threads. Exposes no Netty
 * type, so the rest of the engine stays free of it.
 */
public final class DriverServer {

	private static final Logger logger = LoggerFactory.getLogger(DriverServer.class);

	private static final long WORKER_STACK_SIZE = 4L * 1024 * 1024;

	/** How long cancelled queries get to unwind on shutdown: one row's work each. */
	private static final Duration CANCELLED_QUERIES_GRACE = Duration.ofSeconds(10);

	private final ServerOptions options;

	private final ConnectionRegistry registry;

	private final QueryStatistics statistics;

	private final ServerContext context;

	private final DriverChannelInitializer initializer;

	private @Nullable EventLoopGroup acceptGroup;

	private @Nullable EventLoopGroup ioGroup;

	private @Nullable Channel serverChannel;

	/**
	 * @param credentials the SCRAM credential of a user name, {@code null} for an unknown
	 * user
	 * @param serverInfo the SERVER_INFO answer
	 * @param serverVersion the version announced in the handshake
	 */
	public DriverServer(ServerOptions options, QueryRunner runner,
			Function<String, @Nullable ScramCredential> credentials, Map<String, Object> serverInfo,
			String serverVersion) {
		this(options, runner, new RunningQueries(), (error) -> logger.error("Fatal error in a query", error),
				credentials, constant(serverInfo), serverVersion);
	}

	/**
	 * @param runningQueries where queries are registered while they run, and cancelled
	 * @param fatalErrors told when an error the JVM cannot recover from reaches a worker
	 * @param credentials the SCRAM credential of a user name, {@code null} for an unknown
	 * user
	 * @param serverInfo the SERVER_INFO answer, asked each time a client wants it
	 * @param serverVersion the version announced in the handshake
	 */
	public DriverServer(ServerOptions options, QueryRunner runner, RunningQueries runningQueries,
			FatalErrorHandler fatalErrors, Function<String, @Nullable ScramCredential> credentials,
			Supplier<Map<String, Object>> serverInfo, String serverVersion) {
		this.options = options;
		this.registry = new ConnectionRegistry(options.maxConnections(), Clock.systemUTC());
		this.statistics = new QueryStatistics(options.queryListener());
		this.context = new ServerContext(runner, workers(options.workerThreads()), feedWaiters(), this.statistics,
				serverInfo, new AtomicBoolean(), runningQueries, fatalErrors);
		DriverChannelInitializer.Settings settings = new DriverChannelInitializer.Settings(serverVersion,
				options.handshakeTimeout(), options.frameReadTimeout(), options.maxFrameSize(),
				options.maxNestingDepth());
		this.initializer = new DriverChannelInitializer(this.registry, this.context,
				options.tls().map(SslContexts::forServer).orElse(null), credentials, settings);
	}

	private static Supplier<Map<String, Object>> constant(Map<String, Object> serverInfo) {
		Map<String, Object> copy = Map.copyOf(serverInfo);
		return () -> copy;
	}

	/**
	 * Binds the driver port and returns once it accepts connections.
	 * @throws ServerStartException if the address cannot be bound
	 */
	public synchronized void start() {
		Transport transport = Transport.current();
		this.acceptGroup = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("quire-accept"),
				transport.ioHandlerFactory());
		this.ioGroup = new MultiThreadIoEventLoopGroup(0, new DefaultThreadFactory("quire-io"),
				transport.ioHandlerFactory());
		ServerBootstrap bootstrap = new ServerBootstrap().group(this.acceptGroup, this.ioGroup)
			.channel(transport.serverSocketChannel())
			.option(ChannelOption.SO_BACKLOG, 1024)
			.childOption(ChannelOption.TCP_NODELAY, true)
			.childOption(ChannelOption.SO_KEEPALIVE, true)
			.childHandler(this.initializer);
		ChannelFuture bound = bootstrap.bind(this.options.bindAddress(), this.options.port()).awaitUninterruptibly();
		if (!bound.isSuccess()) {
			stopThreads();
			Throwable cause = Transport.bindFailure(bound.cause());
			throw new ServerStartException("Cannot listen on " + this.options.bindAddress() + ":" + this.options.port()
					+ ": " + cause.getMessage(), cause);
		}
		this.serverChannel = bound.channel();
	}

	/** The bound port. */
	public int port() {
		Channel channel = this.serverChannel;
		if (channel == null) {
			throw new IllegalStateException("The driver port is not bound");
		}
		return ((InetSocketAddress) channel.localAddress()).getPort();
	}

	/** Whether the driver port accepts connections. */
	public boolean isListening() {
		Channel channel = this.serverChannel;
		return channel != null && channel.isActive();
	}

	/** The authenticated connections, oldest first. */
	public List<ConnectionInfo> connections() {
		return this.registry.authenticated();
	}

	/**
	 * The connections as the {@code jobs} and {@code stats} system tables see them:
	 * listed, and closed when a {@code jobs} row is deleted.
	 */
	public ClientConnections clientConnections() {
		ConnectionRegistry connections = this.registry;
		return new ClientConnections() {

			@Override
			public List<ConnectionInfo> list() {
				return connections.authenticated();
			}

			@Override
			public boolean close(long connectionId) {
				return connections.close(connectionId);
			}

		};
	}

	/**
	 * A client that runs queries in this process under the driver port's limits and
	 * statistics, until closed.
	 * @throws io.quire.engine.QueryException RESOURCE_LIMIT when the connection limit is
	 * reached
	 */
	public InProcessClient connectInProcess() {
		return InProcessClient.connect(this.registry, this.context);
	}

	/** Client sockets open now, within the connection limit. */
	public int openConnections() {
		return this.registry.open();
	}

	/** Client sockets accepted since start, including refused ones. */
	public long totalConnections() {
		return this.registry.total();
	}

	public int runningQueries() {
		return this.statistics.running();
	}

	public int openCursors() {
		return this.statistics.openCursors();
	}

	/** Queries answered since start, by kind. */
	public Map<String, Long> queriesByKind() {
		return this.statistics.byKind();
	}

	/**
	 * Stops accepting, refuses new queries, lets running ones finish for at most
	 * {@code timeout}, cancels those still running, then closes every cursor and
	 * connection and stops the threads.
	 */
	public synchronized void close(Duration timeout) {
		Channel channel = this.serverChannel;
		if (channel == null) {
			return;
		}
		this.serverChannel = null;
		this.context.draining().set(true);
		channel.close().syncUninterruptibly();
		endFeeds();
		awaitRunningQueries(timeout);
		closeConnections();
		stopThreads();
	}

	/**
	 * Changefeeds never finish on their own; ending them lets their waiting batches
	 * answer.
	 */
	private void endFeeds() {
		for (ClientConnection connection : this.registry.all()) {
			connection.feeds().forEach(Cursor::close);
		}
	}

	private void awaitRunningQueries(Duration timeout) {
		try {
			if (this.statistics.awaitIdle(timeout)) {
				return;
			}
			logger.warn("{} queries still running after {}; cancelling them", this.statistics.running(), timeout);
			this.context.runningQueries().cancelAll(Cancellation.Reason.SHUTDOWN);
			if (!this.statistics.awaitIdle(CANCELLED_QUERIES_GRACE)) {
				logger.warn("{} queries still running after being cancelled; closing their connections",
						this.statistics.running());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void closeConnections() {
		List<ChannelFuture> closing = new ArrayList<>();
		for (ClientConnection connection : this.registry.all()) {
			connection.close().forEach(Cursor::close);
			closing.add(connection.channel().close());
		}
		closing.forEach(ChannelFuture::awaitUninterruptibly);
	}

	private void stopThreads() {
		this.context.feedWaiters().shutdownNow();
		ExecutorService workers = this.context.workers();
		workers.shutdown();
		try {
			if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
				workers.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			workers.shutdownNow();
			Thread.currentThread().interrupt();
		}
		shutdown(this.acceptGroup);
		shutdown(this.ioGroup);
	}

	private static void shutdown(@Nullable EventLoopGroup group) {
		if (group != null) {
			group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
		}
	}

	private static ExecutorService workers(int threads) {
		return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				threadFactory("quire-query-"));
	}

	/** One thread per waiting changefeed batch, idle threads dropped after a minute. */
	private static ExecutorService feedWaiters() {
		return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
				threadFactory("quire-feed-"));
	}

	private static ThreadFactory threadFactory(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(null, task, prefix + count.incrementAndGet(), WORKER_STACK_SIZE);
			thread.setDaemon(true);
			return thread;
		};
	}

}
