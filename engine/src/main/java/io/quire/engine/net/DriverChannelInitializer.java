package io.quire.engine.net;

import java.time.Duration;
import java.util.function.Function;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslContext;
import io.quire.protocol.handshake.HandshakeMessages;
import io.quire.protocol.handshake.ScramCredential;
import org.jspecify.annotations.Nullable;

/**
 * Builds the pipeline of every accepted driver connection.
 */
final class DriverChannelInitializer extends ChannelInitializer<SocketChannel> {

	private final ConnectionRegistry registry;

	private final ServerContext context;

	private final @Nullable SslContext sslContext;

	private final Function<String, @Nullable ScramCredential> credentials;

	private final Settings settings;

	private final QueryDecoder queryDecoder;

	private final ResponseEncoder responseEncoder;

	private final ExceptionHandler exceptionHandler;

	DriverChannelInitializer(ConnectionRegistry registry, ServerContext context, @Nullable SslContext sslContext,
			Function<String, @Nullable ScramCredential> credentials, Settings settings) {
		this.registry = registry;
		this.context = context;
		this.sslContext = sslContext;
		this.credentials = credentials;
		this.settings = settings;
		this.queryDecoder = new QueryDecoder(settings.maxNestingDepth());
		this.responseEncoder = new ResponseEncoder(settings.maxNestingDepth());
		this.exceptionHandler = new ExceptionHandler(context.fatalErrors());
	}

	/** The server hello, with the role SERVER_INFO would report now. */
	private String serverHello() {
		Object role = this.context.serverInfo().get().get("role");
		return HandshakeMessages.serverHello(this.settings.serverVersion(), (role != null) ? role.toString() : null);
	}

	@Override
	protected void initChannel(SocketChannel channel) {
		boolean accepted = this.registry.tryAcquire();
		ClientConnection connection = this.registry.register(channel, accepted);
		ChannelPipeline pipeline = channel.pipeline();
		if (this.sslContext != null) {
			// TLS wraps the whole stream from the first byte (no STARTTLS in this
			// protocol)
			pipeline.addLast("tls", this.sslContext.newHandler(channel.alloc()));
		}
		// magic number and SCRAM before anything else; removes itself once the user is
		// known
		pipeline.addLast("handshake", new HandshakeHandler(connection, this.credentials, this::serverHello,
				this.settings.handshakeTimeout(), accepted ? null : refusal()));
		// splits the byte stream into frames, refuses an oversized one before allocating
		// it, and closes the connection when a frame stays incomplete past its deadline
		pipeline.addLast("frameDecoder",
				new DeadlineFrameDecoder(this.settings.maxFrameSize(), this.settings.frameReadTimeout()));
		// writes responses as whole frames (token, length, JSON body, nested no deeper
		// than queries may be), below the handler that writes them
		pipeline.addLast("responseEncoder", this.responseEncoder);
		// parses [type, term, optargs]; a malformed one becomes a CLIENT_ERROR for its
		// token only
		pipeline.addLast("queryDecoder", this.queryDecoder);
		// evaluates on worker threads, keeps cursors and answers by token
		pipeline.addLast("queryHandler", new QueryHandler(connection, this.context));
		// last: closes the socket on codec and I/O faults only
		pipeline.addLast("exceptionHandler", this.exceptionHandler);
	}

	private String refusal() {
		return refusal(this.registry);
	}

	static String refusal(ConnectionRegistry registry) {
		return "Too many connections: the server accepts at most " + registry.maxConnections() + " client connections.";
	}

	/** The per-connection limits and the version announced in the handshake. */
	record Settings(String serverVersion, Duration handshakeTimeout, Duration frameReadTimeout, int maxFrameSize,
			int maxNestingDepth) {
	}

}
