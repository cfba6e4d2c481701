package io.quire.bench;

import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.quire.protocol.transport.Transport;

/**
 * The transport limit: a raw Netty server in this process that answers each frame (8-byte
 * token, 4-byte little-endian length, body: the RethinkDB framing) with a frame of the
 * size of a point read's response, and Netty clients, one connection per client thread,
 * each waiting for its answer before sending again, on the transport Quire's server and
 * driver use. Only {@link #noop()} is a real operation.
 */
public final class EchoStore implements Store {

	private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, Transport.current().ioHandlerFactory());

	private final Channel server;

	private final int requestSize;

	private final List<Channel> clients = new CopyOnWriteArrayList<>();

	private final ThreadLocal<ClientHandler> client = ThreadLocal.withInitial(this::connect);

	/**
	 * Start the echo server on a free loopback port, answering {@code responseSize}-byte
	 * bodies.
	 */
	public EchoStore(int requestSize, int responseSize) {
		this.requestSize = requestSize;
		this.server = new ServerBootstrap().group(this.group)
			.channel(Transport.current().serverSocketChannel())
			.childOption(ChannelOption.TCP_NODELAY, true)
			.childHandler(initializer(() -> new ServerHandler(responseSize)))
			.bind("127.0.0.1", 0)
			.syncUninterruptibly()
			.channel();
	}

	@Override
	public void noop() {
		this.client.get().roundTrip(this.requestSize);
	}

	@Override
	public void recreateTable() {
	}

	@Override
	public void insert(String key, Map<String, Object> fields) {
		throw new UnsupportedOperationException("echo only");
	}

	@Override
	public void insertBatch(List<Map<String, Object>> documents) {
		throw new UnsupportedOperationException("echo only");
	}

	@Override
	public Map<String, Object> read(String key) {
		throw new UnsupportedOperationException("echo only");
	}

	@Override
	public void update(String key, String field, String value) {
		throw new UnsupportedOperationException("echo only");
	}

	@Override
	public int scan(String startKey, int count) {
		throw new UnsupportedOperationException("echo only");
	}

	@Override
	public void close() {
		this.clients.forEach(Channel::close);
		this.server.close().syncUninterruptibly();
		this.group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
	}

	private ClientHandler connect() {
		ClientHandler handler = new ClientHandler();
		Channel channel = new Bootstrap().group(this.group)
			.channel(Transport.current().socketChannel())
			.option(ChannelOption.TCP_NODELAY, true)
			.handler(initializer(() -> handler))
			.connect(this.server.localAddress())
			.syncUninterruptibly()
			.channel();
		this.clients.add(channel);
		handler.channel = channel;
		return handler;
	}

	private static ChannelInitializer<SocketChannel> initializer(Supplier<ChannelHandler> last) {
		return new ChannelInitializer<>() {
			@Override
			protected void initChannel(SocketChannel channel) {
				channel.pipeline()
					.addLast(new LengthFieldBasedFrameDecoder(ByteOrder.LITTLE_ENDIAN, 1 << 24, 8, 4, 0, 0, true))
					.addLast(last.get());
			}
		};
	}

	static ByteBuf frame(ByteBufAllocator allocator, long token, int bodySize) {
		ByteBuf frame = allocator.buffer(12 + bodySize);
		frame.writeLongLE(token).writeIntLE(bodySize).writeZero(bodySize);
		return frame;
	}

	/** Answers every frame with a body of the configured size and the same token. */
	private static final class ServerHandler extends SimpleChannelInboundHandler<ByteBuf> {

		private final int responseSize;

		ServerHandler(int responseSize) {
			this.responseSize = responseSize;
		}

		@Override
		protected void channelRead0(ChannelHandlerContext context, ByteBuf request) {
			context.writeAndFlush(frame(context.alloc(), request.getLongLE(0), this.responseSize));
		}

	}

	/** Sends one frame and waits for the answer. */
	private static final class ClientHandler extends SimpleChannelInboundHandler<ByteBuf> {

		@SuppressWarnings("NullAway.Init")
		private volatile Channel channel;

		private volatile CompletableFuture<Long> pending = new CompletableFuture<>();

		private long token;

		void roundTrip(int requestSize) {
			CompletableFuture<Long> answer = new CompletableFuture<>();
			this.pending = answer;
			long sent = ++this.token;
			Channel channel = this.channel;
			channel.writeAndFlush(frame(channel.alloc(), sent, requestSize));
			if (answer.join() != sent) {
				throw new IllegalStateException("answer to another frame");
			}
		}

		@Override
		protected void channelRead0(ChannelHandlerContext context, ByteBuf response) {
			this.pending.complete(response.getLongLE(0));
		}

	}

}
