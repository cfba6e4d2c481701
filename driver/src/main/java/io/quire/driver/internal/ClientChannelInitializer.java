package io.quire.driver.internal;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.HostAndPort;
import io.quire.driver.SslMode;
import io.quire.protocol.codec.FrameDecoder;
import io.quire.protocol.codec.FrameEncoder;
import org.jspecify.annotations.Nullable;

/**
 * Builds the driver's pipeline: tls? -> client handshake -> frame decoder -> frame
 * encoder -> response router.
 */
final class ClientChannelInitializer extends ChannelInitializer<SocketChannel> {

	private static final FrameEncoder FRAME_ENCODER = new FrameEncoder();

	private final ConnectionOptions options;

	private final HostAndPort address;

	private final @Nullable SslContext sslContext;

	private final ClientHandshakeHandler handshake;

	private final ResponseRouter router;

	ClientChannelInitializer(ConnectionOptions options, HostAndPort address, @Nullable SslContext sslContext,
			ClientHandshakeHandler handshake, ResponseRouter router) {
		this.options = options;
		this.address = address;
		this.sslContext = sslContext;
		this.handshake = handshake;
		this.router = router;
	}

	@Override
	protected void initChannel(SocketChannel channel) {
		ChannelPipeline pipeline = channel.pipeline();
		if (this.sslContext != null) {
			// TLS wraps the stream from its first byte: RethinkDB has no STARTTLS.
			pipeline.addLast("tls", sslHandler(channel));
		}
		// Sends magic + SCRAM client-first on connect, authenticates, then removes
		// itself.
		pipeline.addLast("handshake", this.handshake);
		// Splits the byte stream into token + body frames, refusing oversized ones.
		pipeline.addLast("frameDecoder", new FrameDecoder());
		// Writes query frames; stateless, shared.
		pipeline.addLast("frameEncoder", FRAME_ENCODER);
		// Completes the query waiting for each token.
		pipeline.addLast("router", this.router);
	}

	private SslHandler sslHandler(SocketChannel channel) {
		SslHandler handler = this.sslContext.newHandler(channel.alloc(), this.address.host(), this.address.port());
		// The connect deadline bounds the TLS handshake too; without one it may take as
		// long as it needs (connect_timeout=0).
		handler.setHandshakeTimeoutMillis(0);
		if (this.options.tls().mode() == SslMode.VERIFY_FULL) {
			SSLEngine engine = handler.engine();
			SSLParameters parameters = engine.getSSLParameters();
			parameters.setEndpointIdentificationAlgorithm("HTTPS");
			engine.setSSLParameters(parameters);
		}
		return handler;
	}

}
