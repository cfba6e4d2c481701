package io.quire.protocol.transport;

import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.Epoll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TransportTests {

	@Test
	void nioShouldBeTheDefaultAndEpollChosenOnlyWhenAskedFor() {
		assertThat(Transport.choose(null, () -> true)).isEqualTo(Transport.NIO);
		assertThat(Transport.choose(" ", () -> true)).isEqualTo(Transport.NIO);
		assertThat(Transport.choose("NIO", () -> true)).isEqualTo(Transport.NIO);
		assertThat(Transport.choose("epoll", () -> true)).isEqualTo(Transport.EPOLL);
		assertThat(Transport.choose(" Epoll ", () -> true)).isEqualTo(Transport.EPOLL);
	}

	@Test
	void askingForEpollWhereItCannotLoadOrForNoTransportShouldFail() {
		assertThatIllegalStateException().isThrownBy(() -> Transport.choose("epoll", () -> false))
			.withMessageStartingWith("quire.netty.transport=epoll, but Netty's native epoll cannot load here");
		assertThatIllegalStateException().isThrownBy(() -> Transport.choose("kqueue", () -> true))
			.withMessage("quire.netty.transport must be nio or epoll, not 'kqueue'");
	}

	@Test
	void thisJvmShouldRunOnTheTransportItsPropertyNames() {
		Transport expected = "epoll".equals(System.getProperty(Transport.PROPERTY)) ? Transport.EPOLL : Transport.NIO;
		assertThat(Transport.current()).isEqualTo(expected);
	}

	@ParameterizedTest
	@EnumSource(Transport.class)
	void bindingAPortInUseShouldFailWithABindExceptionOnEachTransport(Transport transport) throws Exception {
		assumeTrue(transport != Transport.EPOLL || Epoll.isAvailable(), "Netty's native epoll cannot load here");
		EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, transport.ioHandlerFactory());
		try (ServerSocket holder = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			ChannelFuture bound = new ServerBootstrap().group(group)
				.channel(transport.serverSocketChannel())
				.childHandler(new ChannelInboundHandlerAdapter())
				.bind(InetAddress.getLoopbackAddress(), holder.getLocalPort())
				.awaitUninterruptibly();
			assertThat(bound.isSuccess()).isFalse();
			assertThat(Transport.bindFailure(bound.cause())).isInstanceOf(BindException.class)
				.hasMessageContaining("Address already in use");
		}
		finally {
			group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
		}
	}

	@ParameterizedTest
	@EnumSource(Transport.class)
	void eachTransportShouldCarryBytesOverLoopbackWithTunedKeepalive(Transport transport) throws Exception {
		assumeTrue(transport != Transport.EPOLL || Epoll.isAvailable(), "Netty's native epoll cannot load here");
		EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, transport.ioHandlerFactory());
		try {
			Channel server = new ServerBootstrap().group(group)
				.channel(transport.serverSocketChannel())
				.childHandler(new ChannelInboundHandlerAdapter() {
					@Override
					public void channelRead(ChannelHandlerContext context, Object message) {
						context.writeAndFlush(message);
					}
				})
				.bind(InetAddress.getLoopbackAddress(), 0)
				.sync()
				.channel();
			CompletableFuture<String> echoed = new CompletableFuture<>();
			Bootstrap client = new Bootstrap().group(group)
				.channel(transport.socketChannel())
				.option(ChannelOption.SO_KEEPALIVE, true)
				.handler(new SimpleChannelInboundHandler<ByteBuf>() {
					@Override
					protected void channelRead0(ChannelHandlerContext context, ByteBuf message) {
						echoed.complete(message.toString(StandardCharsets.UTF_8));
					}
				});
			if (transport.keepaliveIdle() != null) {
				client.option(transport.keepaliveIdle(), 42);
			}
			Channel channel = client.connect(server.localAddress()).sync().channel();
			assertThat(channel).isInstanceOf(transport.socketChannel());
			channel.writeAndFlush(Unpooled.copiedBuffer("ping", StandardCharsets.UTF_8)).sync();
			assertThat(echoed.get(5, TimeUnit.SECONDS)).isEqualTo("ping");
			if (transport.keepaliveIdle() != null) {
				assertThat(channel.config().getOption(transport.keepaliveIdle())).isEqualTo(42);
			}
			assertThat(((InetSocketAddress) channel.remoteAddress()).getAddress().isLoopbackAddress()).isTrue();
			channel.close().sync();
			server.close().sync();
		}
		finally {
			group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
		}
	}

}
