package io.quire.engine.net;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.quire.protocol.codec.FrameDecoder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link FrameDecoder} that gives each frame a deadline from its first byte, so a
 * client that sends part of a frame and stalls, or trickles it, cannot hold a connection
 * for ever: when the deadline passes with the frame still incomplete, the connection is
 * closed. A connection idle between frames has no deadline. While the server itself has
 * stopped reading (too many running queries, or a client that does not read its answers),
 * the deadline is not enforced, and the client gets a fresh one once reading resumes. One
 * instance per channel; everything runs on its event loop.
 */
final class DeadlineFrameDecoder extends FrameDecoder {

	private static final Logger logger = LoggerFactory.getLogger(DeadlineFrameDecoder.class);

	private final long timeoutNanos;

	private @Nullable ScheduledFuture<?> deadline;

	private boolean frameCompleted;

	private boolean pausedMeanwhile;

	DeadlineFrameDecoder(int maxFrameSize, Duration timeout) {
		super(maxFrameSize);
		this.timeoutNanos = timeout.toNanos();
	}

	@Override
	protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
		int before = out.size();
		super.decode(ctx, in, out);
		if (out.size() > before) {
			this.frameCompleted = true;
		}
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
		try {
			super.channelRead(ctx, msg);
		}
		finally {
			afterRead(ctx);
		}
	}

	@Override
	public void channelInactive(ChannelHandlerContext ctx) throws Exception {
		cancel();
		super.channelInactive(ctx);
	}

	@Override
	protected void handlerRemoved0(ChannelHandlerContext ctx) {
		cancel();
	}

	private void afterRead(ChannelHandlerContext ctx) {
		boolean completed = this.frameCompleted;
		this.frameCompleted = false;
		if (actualReadableBytes() == 0) {
			cancel();
		}
		else if (this.deadline == null || completed || this.pausedMeanwhile) {
			// a new frame began in this read, or reading resumed after a pause
			restart(ctx);
		}
	}

	private void restart(ChannelHandlerContext ctx) {
		cancel();
		this.pausedMeanwhile = false;
		this.deadline = ctx.executor().schedule(() -> expired(ctx), this.timeoutNanos, TimeUnit.NANOSECONDS);
	}

	private void expired(ChannelHandlerContext ctx) {
		this.deadline = null;
		if (actualReadableBytes() == 0 || !ctx.channel().isActive()) {
			return;
		}
		if (!ctx.channel().config().isAutoRead()) {
			this.pausedMeanwhile = true;
			this.deadline = ctx.executor().schedule(() -> expired(ctx), this.timeoutNanos, TimeUnit.NANOSECONDS);
			return;
		}
		logger.info("Closing {}: a frame stayed incomplete for {} ms", ctx.channel().remoteAddress(),
				TimeUnit.NANOSECONDS.toMillis(this.timeoutNanos));
		ctx.close();
	}

	private void cancel() {
		if (this.deadline != null) {
			this.deadline.cancel(false);
			this.deadline = null;
		}
	}

}
