package io.quire.engine.net;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.quire.protocol.Version;
import io.quire.protocol.handshake.HandshakeException;
import io.quire.protocol.handshake.HandshakeMessages;
import io.quire.protocol.handshake.ScramCredential;
import io.quire.protocol.handshake.ScramServer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server side of the V1_0 handshake: magic number, server hello, then SCRAM-SHA-256
 * in NUL-terminated JSON messages of at most 2048 bytes. The client may send its first
 * message together with the magic number, before the hello. On success it records the
 * user and removes itself, passing any bytes that followed to the frame decoder; on
 * failure it answers RethinkDB's error reply and closes. A client that does not finish in
 * time is disconnected.
 */
final class HandshakeHandler extends ByteToMessageDecoder {

	/**
	 * Quire's error code for a connection refused over the connection limit (not an auth
	 * error).
	 */
	static final int TOO_MANY_CONNECTIONS = 23;

	private static final Logger logger = LoggerFactory.getLogger(HandshakeHandler.class);

	private enum State {

		MAGIC, CLIENT_FIRST, CLIENT_FINAL, DONE

	}

	private final ClientConnection connection;

	private final ScramServer scram;

	private final Supplier<String> serverHello;

	private final Duration timeout;

	private final @Nullable String refusal;

	private State state = State.MAGIC;

	private @Nullable String applicationName;

	private @Nullable ScheduledFuture<?> timeoutTask;

	/**
	 * @param serverHello the hello to answer a supported magic number with, made then (it
	 * carries the server's current role)
	 * @param refusal when set, the connection is over the limit: answer this error to the
	 * client
	 */
	HandshakeHandler(ClientConnection connection, Function<String, @Nullable ScramCredential> credentials,
			Supplier<String> serverHello, Duration timeout, @Nullable String refusal) {
		this.connection = connection;
		this.scram = new ScramServer(credentials);
		this.serverHello = serverHello;
		this.timeout = timeout;
		this.refusal = refusal;
	}

	@Override
	public void channelActive(ChannelHandlerContext ctx) throws Exception {
		this.timeoutTask = ctx.executor().schedule(() -> timedOut(ctx), this.timeout.toNanos(), TimeUnit.NANOSECONDS);
		super.channelActive(ctx);
	}

	@Override
	protected void handlerRemoved0(ChannelHandlerContext ctx) {
		if (this.timeoutTask != null) {
			this.timeoutTask.cancel(false);
		}
	}

	@Override
	protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
		try {
			switch (this.state) {
				case MAGIC -> readMagic(ctx, in);
				case CLIENT_FIRST -> readMessage(in, (message) -> clientFirst(ctx, message));
				case CLIENT_FINAL -> readMessage(in, (message) -> clientFinal(ctx, message));
				case DONE -> in.skipBytes(in.readableBytes());
			}
		}
		catch (HandshakeException ex) {
			fail(ctx, ex);
			in.skipBytes(in.readableBytes());
		}
	}

	private void readMagic(ChannelHandlerContext ctx, ByteBuf in) {
		if (in.readableBytes() < 4) {
			return;
		}
		int magic = in.readIntLE();
		if (!Version.isSupported(magic)) {
			this.state = State.DONE;
			logger.debug("Connection {} from {} sent an unsupported magic number {}", this.connection.id(),
					this.connection.remoteAddress(), Integer.toHexString(magic));
			writeAndClose(ctx, Version.UNSUPPORTED_PROTOCOL_ERROR.getBytes(StandardCharsets.UTF_8));
			return;
		}
		if (this.refusal != null) {
			throw new HandshakeException(TOO_MANY_CONNECTIONS, this.refusal);
		}
		this.state = State.CLIENT_FIRST;
		send(ctx, this.serverHello.get());
	}

	private void readMessage(ByteBuf in, Consumer<String> handler) {
		int end = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) 0);
		if (end < 0) {
			if (in.readableBytes() >= HandshakeMessages.MAX_MESSAGE_SIZE) {
				throw new HandshakeException(HandshakeException.MESSAGE_TOO_LONG, "Limited read buffer size.");
			}
			return;
		}
		if (end - in.readerIndex() + 1 > HandshakeMessages.MAX_MESSAGE_SIZE) {
			throw new HandshakeException(HandshakeException.MESSAGE_TOO_LONG, "Limited read buffer size.");
		}
		String json = in.readCharSequence(end - in.readerIndex(), StandardCharsets.UTF_8).toString();
		in.skipBytes(1);
		handler.accept(json);
	}

	private void clientFirst(ChannelHandlerContext ctx, String json) {
		HandshakeMessages.ClientFirst message = HandshakeMessages.parseClientFirst(json);
		String serverFirst = this.scram.serverFirstMessage(message.authentication());
		this.applicationName = message.applicationName();
		this.state = State.CLIENT_FINAL;
		send(ctx, HandshakeMessages.serverAuthentication(serverFirst));
	}

	private void clientFinal(ChannelHandlerContext ctx, String json) {
		String serverFinal = this.scram.serverFinalMessage(HandshakeMessages.parseClientFinal(json));
		String user = String.valueOf(this.scram.username());
		this.connection.authenticated(user, this.applicationName);
		this.state = State.DONE;
		send(ctx, HandshakeMessages.serverAuthentication(serverFinal));
		logger.info("Connection {} from {} authenticated as {}{}", this.connection.id(),
				this.connection.remoteAddress(), user,
				(this.applicationName != null) ? " (application " + this.applicationName + ")" : "");
		ctx.pipeline().remove(this);
	}

	private void fail(ChannelHandlerContext ctx, HandshakeException ex) {
		this.state = State.DONE;
		logger.info("Handshake of connection {} from {} failed: {}", this.connection.id(),
				this.connection.remoteAddress(), ex.getMessage());
		writeAndClose(ctx, HandshakeMessages.error(ex).getBytes(StandardCharsets.UTF_8));
	}

	private void timedOut(ChannelHandlerContext ctx) {
		if (this.state != State.DONE) {
			logger.info("Handshake of connection {} from {} timed out after {}", this.connection.id(),
					this.connection.remoteAddress(), this.timeout);
			this.state = State.DONE;
			ctx.close();
		}
	}

	private static void send(ChannelHandlerContext ctx, String message) {
		ctx.writeAndFlush(terminated(message.getBytes(StandardCharsets.UTF_8)));
	}

	private static void writeAndClose(ChannelHandlerContext ctx, byte[] message) {
		ctx.writeAndFlush(terminated(message)).addListener(ChannelFutureListener.CLOSE);
	}

	private static ByteBuf terminated(byte[] message) {
		return Unpooled.buffer(message.length + 1).writeBytes(message).writeByte(0);
	}

}
