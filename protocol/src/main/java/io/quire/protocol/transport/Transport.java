package io.quire.protocol.transport;

import java.io.IOException;
import java.net.BindException;
import java.net.SocketOption;
import java.nio.channels.SocketChannel;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import io.netty.channel.ChannelOption;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.channel.socket.nio.NioChannelOption;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.channel.unix.Errors;
import jdk.net.ExtendedSocketOptions;
import org.jspecify.annotations.Nullable;

/**
 * The Netty transport both ends of a connection run their sockets on: the JDK's NIO by
 * default, or Linux's native epoll with the system property
 * {@code quire.netty.transport=epoll} (which fails at start where Netty's native library
 * cannot load). Side by side on a 2-core machine ({@code bench/transport.sh}) epoll gave
 * no consistent gain for point reads, so NIO stays the default; epoll is there to measure
 * on other hardware.
 */
public enum Transport {

	/** Netty's native epoll transport (Linux on x86_64 and aarch64), when asked for. */
	EPOLL,

	/** The JDK's NIO selector, the default. */
	NIO;

	/** The system property that picks a transport: {@code nio} or {@code epoll}. */
	public static final String PROPERTY = "quire.netty.transport";

	private static final boolean NIO_KEEPALIVE_TUNING = nioKeepaliveTuningSupported();

	private static final Transport CURRENT = choose(System.getProperty(PROPERTY), Epoll::isAvailable);

	/** The transport of this JVM, chosen once. */
	public static Transport current() {
		return CURRENT;
	}

	/**
	 * The transport for a setting of {@link #PROPERTY} (or {@code null}): NIO unless
	 * epoll is asked for; whether epoll loads is only asked then.
	 * @throws IllegalStateException if epoll is asked for but cannot load, or the setting
	 * names no transport
	 */
	static Transport choose(@Nullable String setting, BooleanSupplier epollAvailable) {
		if (setting == null || setting.isBlank()) {
			return NIO;
		}
		return switch (setting.trim().toLowerCase(Locale.ROOT)) {
			case "nio" -> NIO;
			case "epoll" -> {
				if (!epollAvailable.getAsBoolean()) {
					throw new IllegalStateException(PROPERTY + "=epoll, but Netty's native epoll cannot load here: "
							+ Epoll.unavailabilityCause());
				}
				yield EPOLL;
			}
			default -> throw new IllegalStateException(PROPERTY + " must be nio or epoll, not '" + setting + "'");
		};
	}

	/** What event loops of this transport run on. */
	public IoHandlerFactory ioHandlerFactory() {
		return (this == EPOLL) ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
	}

	/** The client socket channel class, for a {@code Bootstrap}. */
	public Class<? extends io.netty.channel.socket.SocketChannel> socketChannel() {
		return (this == EPOLL) ? EpollSocketChannel.class : NioSocketChannel.class;
	}

	/** The listening socket channel class, for a {@code ServerBootstrap}. */
	public Class<? extends ServerSocketChannel> serverSocketChannel() {
		return (this == EPOLL) ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
	}

	/**
	 * The channel option that sets TCP keepalive's idle time in seconds, or {@code null}
	 * where this platform cannot set it.
	 */
	public @Nullable ChannelOption<Integer> keepaliveIdle() {
		return (this == EPOLL) ? EpollChannelOption.TCP_KEEPIDLE : nioOption(ExtendedSocketOptions.TCP_KEEPIDLE);
	}

	/** The option for the seconds between keepalive probes, or {@code null}. */
	public @Nullable ChannelOption<Integer> keepaliveInterval() {
		return (this == EPOLL) ? EpollChannelOption.TCP_KEEPINTVL : nioOption(ExtendedSocketOptions.TCP_KEEPINTERVAL);
	}

	/**
	 * The option for the unanswered probes before the connection drops, or {@code null}.
	 */
	public @Nullable ChannelOption<Integer> keepaliveCount() {
		return (this == EPOLL) ? EpollChannelOption.TCP_KEEPCNT : nioOption(ExtendedSocketOptions.TCP_KEEPCOUNT);
	}

	/**
	 * A failed bind as the JDK reports it: epoll's native error for an address in use
	 * becomes a {@link BindException} (with the native error as its cause), as NIO's is;
	 * anything else is returned as it is.
	 */
	public static Throwable bindFailure(Throwable cause) {
		if (cause instanceof Errors.NativeIoException && cause.getMessage() != null
				&& cause.getMessage().endsWith("Address already in use")) {
			BindException bind = new BindException("Address already in use");
			bind.initCause(cause);
			return bind;
		}
		return cause;
	}

	private static @Nullable ChannelOption<Integer> nioOption(SocketOption<Integer> option) {
		return NIO_KEEPALIVE_TUNING ? NioChannelOption.of(option) : null;
	}

	private static boolean nioKeepaliveTuningSupported() {
		try (SocketChannel probe = SocketChannel.open()) {
			return probe.supportedOptions().contains(ExtendedSocketOptions.TCP_KEEPIDLE);
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

}
