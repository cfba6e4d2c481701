package io.quire.protocol.codec;

import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

/**
 * Splits the inbound byte stream into {@link Frame}s, however the bytes are fragmented.
 * <p>
 * A header that announces a body longer than the maximum fails fast with a
 * {@link FrameTooLargeException} (carrying the token) without allocating the body. The
 * decoder then skips that body as it arrives and goes on with the next frame, so the
 * connection may either answer the error and continue, or close (RethinkDB answers and
 * closes). One instance per channel.
 */
public class FrameDecoder extends ByteToMessageDecoder {

	/** RethinkDB's limit: a query of 128 MiB or more is refused. */
	public static final int DEFAULT_MAX_FRAME_SIZE = 128 * 1024 * 1024 - 1;

	private final int maxFrameSize;

	private long bytesToDiscard;

	public FrameDecoder() {
		this(DEFAULT_MAX_FRAME_SIZE);
	}

	/**
	 * @param maxFrameSize the largest body length accepted, in bytes
	 */
	public FrameDecoder(int maxFrameSize) {
		if (maxFrameSize < 0) {
			throw new IllegalArgumentException("maxFrameSize must not be negative");
		}
		this.maxFrameSize = maxFrameSize;
	}

	/** The largest body length this decoder accepts, in bytes. */
	public int maxFrameSize() {
		return this.maxFrameSize;
	}

	@Override
	protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
		if (this.bytesToDiscard > 0) {
			discard(in);
			return;
		}
		if (in.readableBytes() < Frame.HEADER_SIZE) {
			return;
		}
		int start = in.readerIndex();
		long token = in.getLongLE(start);
		long length = in.getUnsignedIntLE(start + 8);
		if (length > this.maxFrameSize) {
			in.skipBytes(Frame.HEADER_SIZE);
			this.bytesToDiscard = length;
			discard(in);
			throw new FrameTooLargeException(token, length, this.maxFrameSize);
		}
		if (in.readableBytes() < Frame.HEADER_SIZE + length) {
			return;
		}
		byte[] body = new byte[(int) length];
		in.skipBytes(Frame.HEADER_SIZE).readBytes(body);
		out.add(new Frame(token, body));
	}

	private void discard(ByteBuf in) {
		int skipped = (int) Math.min(this.bytesToDiscard, in.readableBytes());
		in.skipBytes(skipped);
		this.bytesToDiscard -= skipped;
	}

}
