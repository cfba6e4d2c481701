package io.quire.driver.internal;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.ConnectTimeoutException;
import io.netty.channel.EventLoop;
import io.netty.handler.ssl.SslContext;
import io.netty.util.NetUtil;
import io.quire.driver.ClientResources;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.HostAndPort;
import io.quire.driver.KeepaliveOptions;
import io.quire.driver.QuireConnectionException;
import io.quire.driver.QuireException;
import io.quire.driver.QuireTimeoutException;
import io.quire.protocol.transport.Transport;
import org.jspecify.annotations.Nullable;

/**
 * Opens one authenticated {@link ConnectionChannel} to one host: TCP (with keepalive
 * settings), TLS when asked, and the handshake, all within the connect timeout.
 */
public final class ChannelConnector {

	private final ConnectionOptions options;

	private final ClientResources resources;

	public ChannelConnector(ConnectionOptions options, ClientResources resources) {
		this.options = options;
		this.resources = resources;
	}

	/**
	 * Connect to one host.
	 * @param tls whether to wrap the socket in TLS
	 * @param closedFailure the exception for queries in flight when the socket closes
	 * later
	 */
	public CompletableFuture<ConnectionChannel> connect(HostAndPort address, boolean tls,
			Supplier<QuireException> closedFailure) {
		CompletableFuture<ConnectionChannel> result = new CompletableFuture<>();
		try {
			SslContext sslContext = tls ? SslContexts.create(this.options.tls()) : null;
			start(address, sslContext, closedFailure, result);
		}
		catch (QuireException ex) {
			result.completeExceptionally(ex);
		}
		return result;
	}

	private void start(HostAndPort address, @Nullable SslContext sslContext, Supplier<QuireException> closedFailure,
			CompletableFuture<ConnectionChannel> result) {
		ClientHandshakeHandler handshake = new ClientHandshakeHandler(this.options.user(), this.options.password(),
				this.options.effectiveApplicationName(), address.toString());
		ResponseRouter router = new ResponseRouter(closedFailure);
		Bootstrap bootstrap = bootstrap()
			.handler(new ClientChannelInitializer(this.options, address, sslContext, handshake, router));
		ChannelFuture connecting = connect(bootstrap, address);
		Channel channel = connecting.channel();
		Duration timeout = this.options.connectTimeout();
		if (timeout != null) {
			ScheduledFuture<?> deadline = scheduleDeadline(channel.eventLoop(), address, result, channel, timeout);
			result.whenComplete((done, failure) -> deadline.cancel(false));
		}
		connecting.addListener((ChannelFuture connected) -> {
			if (!connected.isSuccess()) {
				result.completeExceptionally(connectFailure(address, connected.cause()));
			}
		});
		handshake.result().whenComplete((serverVersion, failure) -> {
			if (failure != null) {
				result.completeExceptionally(Futures.unwrap(failure));
			}
			else if (!result.complete(
					new ConnectionChannel(channel, router, address, serverVersion, this.options.networkTimeout()))) {
				channel.close();
			}
		});
	}

	/**
	 * The host's {@code hostaddr} when one is set, so no name is looked up; otherwise the
	 * name, resolved by Netty. TLS keeps the name either way.
	 */
	private ChannelFuture connect(Bootstrap bootstrap, HostAndPort address) {
		String numeric = this.options.hostAddress(address);
		if (numeric == null) {
			return bootstrap.connect(address.host(), address.port());
		}
		return bootstrap
			.connect(new InetSocketAddress(NetUtil.createInetAddressFromIpAddressString(numeric), address.port()));
	}

	private ScheduledFuture<?> scheduleDeadline(EventLoop loop, HostAndPort address,
			CompletableFuture<ConnectionChannel> result, Channel channel, Duration timeout) {
		return loop.schedule(() -> {
			if (result.completeExceptionally(new QuireTimeoutException("Opening a connection to " + address
					+ " timed out after " + timeout.toMillis() + " ms (TCP, TLS and handshake; connect_timeout)"))) {
				channel.close();
			}
		}, timeout.toNanos(), TimeUnit.NANOSECONDS);
	}

	private Bootstrap bootstrap() {
		KeepaliveOptions keepalive = this.options.keepalive();
		Transport transport = Transport.current();
		Bootstrap bootstrap = new Bootstrap().group(this.resources.eventLoopGroup())
			.channel(transport.socketChannel())
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectTimeoutMillis())
			.option(ChannelOption.TCP_NODELAY, true)
			.option(ChannelOption.SO_KEEPALIVE, keepalive.enabled());
		if (keepalive.enabled()) {
			if (keepalive.idle() != null) {
				setIfSupported(bootstrap, transport.keepaliveIdle(), (int) keepalive.idle().toSeconds());
			}
			if (keepalive.interval() != null) {
				setIfSupported(bootstrap, transport.keepaliveInterval(), (int) keepalive.interval().toSeconds());
			}
			if (keepalive.count() != null) {
				setIfSupported(bootstrap, transport.keepaliveCount(), keepalive.count());
			}
		}
		return bootstrap;
	}

	/** Sets a keepalive tuning option, which some platforms' sockets do not have. */
	private static void setIfSupported(Bootstrap bootstrap, @Nullable ChannelOption<Integer> option, int value) {
		if (option != null) {
			bootstrap.option(option, value);
		}
	}

	/** Netty's TCP connect bound; 0 is none. */
	private int connectTimeoutMillis() {
		Duration timeout = this.options.connectTimeout();
		return (timeout == null) ? 0 : (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
	}

	private static QuireException connectFailure(HostAndPort address, Throwable cause) {
		if (cause instanceof ConnectTimeoutException) {
			return new QuireTimeoutException("Connecting to " + address + " timed out (connect_timeout)", cause);
		}
		return new QuireConnectionException("Cannot connect to " + address + ": " + cause.getMessage(), cause);
	}

}
