package io.quire.driver;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.quire.protocol.transport.Transport;

/**
 * The event loop threads connections run their sockets on (NIO, or native epoll with
 * {@code -Dquire.netty.transport=epoll}), and the threads that complete the futures of
 * asynchronous queries. One instance may be shared by many factories and pools; close it
 * explicitly when the last of them is closed. The {@link #shared()} instance uses daemon
 * threads and lives as long as the JVM.
 */
public final class ClientResources implements AutoCloseable {

	private static final class Shared {

		static final ClientResources INSTANCE = new ClientResources(0, "quire-driver-shared");

	}

	private final EventLoopGroup eventLoopGroup;

	private final ExecutorService callbacks;

	private ClientResources(int threads, String threadPrefix) {
		this.eventLoopGroup = new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory(threadPrefix, true),
				Transport.current().ioHandlerFactory());
		// Reused threads: CompletableFuture's default would start a thread per task on
		// machines of one or two processors.
		this.callbacks = Executors.newCachedThreadPool(new DefaultThreadFactory(threadPrefix + "-callback", true));
	}

	/**
	 * Resources with as many event loop threads as Netty's default (twice the
	 * processors).
	 */
	public static ClientResources create() {
		return new ClientResources(0, "quire-driver");
	}

	/** Resources with the given number of event loop threads. */
	public static ClientResources create(int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1");
		}
		return new ClientResources(threads, "quire-driver");
	}

	/** The JVM-wide resources, with daemon threads; closing them has no effect. */
	public static ClientResources shared() {
		return Shared.INSTANCE;
	}

	/** The Netty event loops. */
	public EventLoopGroup eventLoopGroup() {
		return this.eventLoopGroup;
	}

	/**
	 * The threads that complete the futures of asynchronous queries: off the event loops,
	 * so that callbacks may block.
	 */
	public Executor callbacks() {
		return this.callbacks;
	}

	/**
	 * Shut the event loops and callback threads down, waiting up to two seconds for the
	 * event loops; the shared instance ignores this.
	 */
	@Override
	public void close() {
		if (this != Shared.INSTANCE) {
			this.eventLoopGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
			this.callbacks.shutdown();
		}
	}

}
