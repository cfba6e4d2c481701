package io.quire.driver.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.quire.driver.QuireConnectionException;
import io.quire.protocol.Version;
import io.quire.protocol.handshake.HandshakeException;
import io.quire.protocol.handshake.HandshakeMessages;
import io.quire.protocol.handshake.ScramClient;
import org.jspecify.annotations.Nullable;

/**
 * The client side of the V1_0 handshake. On connect it sends the magic number and the
 * SCRAM client-first message in one write, as the official drivers do; then reads the
 * server's NUL-terminated replies: hello, server-first (answered with client-final),
 * server-final (whose signature is checked). When done it removes itself, passing any
 * bytes that followed to the frame decoder, and completes {@link #result()} with the
 * server's version.
 */
public final class ClientHandshakeHandler extends ByteToMessageDecoder {

	private enum Step {

		HELLO, SERVER_FIRST, SERVER_FINAL

	}

	private final ScramClient scram;

	private final @Nullable String applicationName;

	private final String address;

	private final CompletableFuture<String> result = new CompletableFuture<>();

	private Step step = Step.HELLO;

	private String serverVersion = "";

	public ClientHandshakeHandler(String user, String password, @Nullable String applicationName, String address) {
		this.scram = new ScramClient(user, password);
		this.applicationName = applicationName;
		this.address = address;
	}

	/**
	 * Completes with the server's version once authenticated, or fails with the driver's
	 * exception.
	 */
	public CompletableFuture<String> result() {
		return this.result;
	}

	@Override
	public void channelActive(ChannelHandlerContext ctx) throws Exception {
		String clientFirst = HandshakeMessages.clientFirst(this.scram.clientFirstMessage(), this.applicationName);
		ByteBuf greeting = ctx.alloc().buffer();
		greeting.writeIntLE(Version.V1_0);
		greeting.writeCharSequence(clientFirst, StandardCharsets.UTF_8);
		greeting.writeByte(0);
		ctx.writeAndFlush(greeting);
		super.channelActive(ctx);
	}

	@Override
	protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
		while (!this.result.isDone()) {
			int nul = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) 0);
			if (nul < 0) {
				checkLength(in.readableBytes());
				return;
			}
			String message = in.readCharSequence(nul - in.readerIndex(), StandardCharsets.UTF_8).toString();
			in.skipBytes(1);
			try {
				handle(ctx, message);
			}
			catch (HandshakeException ex) {
				fail(ctx, ExceptionFactory.of(ex, this.address));
			}
		}
	}

	private void checkLength(int pending) {
		if (pending >= HandshakeMessages.MAX_MESSAGE_SIZE) {
			throw new HandshakeException(HandshakeException.MESSAGE_TOO_LONG,
					"Handshake message from the server is too long");
		}
	}

	private void handle(ChannelHandlerContext ctx, String message) {
		switch (this.step) {
			case HELLO -> {
				HandshakeMessages.ServerHello hello = HandshakeMessages.parseServerHello(message);
				if (!hello.supports(HandshakeMessages.PROTOCOL_VERSION)) {
					throw new HandshakeException(HandshakeException.UNSUPPORTED_PROTOCOL_VERSION,
							"The server does not speak protocol version 0 of V1_0");
				}
				this.serverVersion = hello.serverVersion();
				this.step = Step.SERVER_FIRST;
			}
			case SERVER_FIRST -> {
				String serverFirst = HandshakeMessages.parseServerAuthentication(message);
				String clientFinal = this.scram.clientFinalMessage(serverFirst);
				byte[] bytes = HandshakeMessages.clientFinal(clientFinal).getBytes(StandardCharsets.UTF_8);
				ctx.writeAndFlush(ctx.alloc().buffer(bytes.length + 1).writeBytes(bytes).writeByte(0));
				this.step = Step.SERVER_FINAL;
			}
			case SERVER_FINAL -> {
				this.scram.verifyServerFinal(HandshakeMessages.parseServerAuthentication(message));
				this.result.complete(this.serverVersion);
				ctx.pipeline().remove(this);
			}
		}
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		Throwable failure = Futures.unwrap(cause);
		if (failure.getCause() instanceof HandshakeException handshake) {
			fail(ctx, ExceptionFactory.of(handshake, this.address));
		}
		else if (failure instanceof HandshakeException handshake) {
			fail(ctx, ExceptionFactory.of(handshake, this.address));
		}
		else {
			fail(ctx, new QuireConnectionException("Handshake with " + this.address + " failed: " + failure, failure));
		}
	}

	@Override
	public void channelInactive(ChannelHandlerContext ctx) throws Exception {
		fail(ctx, new QuireConnectionException(
				"The server " + this.address + " closed the connection during the handshake"));
		super.channelInactive(ctx);
	}

	private void fail(ChannelHandlerContext ctx, RuntimeException failure) {
		if (this.result.completeExceptionally(failure)) {
			ctx.close();
		}
	}

}
