package io.quire.protocol.codec;

import io.netty.handler.codec.TooLongFrameException;

/**
 * A frame header announced a body longer than the maximum frame size. Raised as soon as
 * the header is read, before anything is allocated for the body. The message is
 * RethinkDB's: {@code Query size (N) greater than maximum (M).}
 */
public class FrameTooLargeException extends TooLongFrameException {

	private final long token;

	private final long length;

	private final int maxFrameSize;

	public FrameTooLargeException(long token, long length, int maxFrameSize) {
		super("Query size (" + length + ") greater than maximum (" + maxFrameSize + ").");
		this.token = token;
		this.length = length;
		this.maxFrameSize = maxFrameSize;
	}

	/** The token of the oversized frame, so that the error can be answered on it. */
	public long token() {
		return this.token;
	}

	/** The body length the header announced. */
	public long length() {
		return this.length;
	}

	/** The largest body length the decoder accepts. */
	public int maxFrameSize() {
		return this.maxFrameSize;
	}

}
