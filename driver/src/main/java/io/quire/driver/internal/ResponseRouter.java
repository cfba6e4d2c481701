package io.quire.driver.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.quire.driver.QuireException;
import io.quire.protocol.codec.Frame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches response frames to the queries waiting for them, by token. Responses may come
 * in any order. When the channel closes, every waiting query fails with the exception the
 * owner supplies (auto-reconnect or closed).
 */
public final class ResponseRouter extends SimpleChannelInboundHandler<Frame> {

	private static final Logger logger = LoggerFactory.getLogger(ResponseRouter.class);

	private final Map<Long, CompletableFuture<Response>> pending = new ConcurrentHashMap<>();

	private final Supplier<QuireException> closedFailure;

	private volatile boolean inactive;

	/**
	 * @param closedFailure the exception for queries still waiting when the channel
	 * closes
	 */
	public ResponseRouter(Supplier<QuireException> closedFailure) {
		this.closedFailure = closedFailure;
	}

	/**
	 * Wait for the response to a token. Register before writing the query.
	 * @return the future of the response, failed at once if the channel is closed
	 */
	public CompletableFuture<Response> register(long token) {
		CompletableFuture<Response> response = new CompletableFuture<>();
		this.pending.put(token, response);
		if (this.inactive) {
			failAll();
		}
		return response;
	}

	/**
	 * Stop waiting for a token (after a timeout, or when its response no longer matters).
	 */
	public void forget(long token) {
		this.pending.remove(token);
	}

	/** The number of queries waiting for a response. */
	public int pendingCount() {
		return this.pending.size();
	}

	@Override
	protected void channelRead0(ChannelHandlerContext ctx, Frame frame) {
		CompletableFuture<Response> waiting = this.pending.remove(frame.token());
		if (waiting == null) {
			logger.debug("Dropping a response for token {} that nobody waits for", frame.token());
			return;
		}
		try {
			waiting.complete(Response.parse(frame.token(), frame.body()));
		}
		catch (QuireException ex) {
			waiting.completeExceptionally(ex);
		}
	}

	@Override
	public void channelInactive(ChannelHandlerContext ctx) throws Exception {
		this.inactive = true;
		failAll();
		super.channelInactive(ctx);
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		logger.warn("Closing the connection to {} after a failure: {}", ctx.channel().remoteAddress(),
				cause.toString());
		ctx.close();
	}

	private void failAll() {
		for (Long token : this.pending.keySet()) {
			CompletableFuture<Response> waiting = this.pending.remove(token);
			if (waiting != null) {
				waiting.completeExceptionally(this.closedFailure.get());
			}
		}
	}

}
