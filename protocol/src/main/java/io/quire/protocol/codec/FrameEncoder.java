package io.quire.protocol.codec;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * Writes a {@link Frame} as its 12-byte little-endian header (token, body length) and
 * body. Stateless, so one instance may serve every channel.
 */
@Sharable
public class FrameEncoder extends MessageToByteEncoder<Frame> {

	public FrameEncoder() {
		super(Frame.class);
	}

	@Override
	protected ByteBuf allocateBuffer(ChannelHandlerContext ctx, Frame frame, boolean preferDirect) {
		int size = Frame.HEADER_SIZE + frame.body().length;
		return preferDirect ? ctx.alloc().ioBuffer(size) : ctx.alloc().heapBuffer(size);
	}

	@Override
	protected void encode(ChannelHandlerContext ctx, Frame frame, ByteBuf out) {
		out.writeLongLE(frame.token());
		out.writeIntLE(frame.body().length);
		out.writeBytes(frame.body());
	}

}
