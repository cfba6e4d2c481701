package io.quire.engine.storage;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * Where {@link DocumentCodec} has a generator write a document: the generator buffers the
 * whole document and writes it in one call when it closes (unless it is larger than its
 * buffer), and that one write is kept as the result, where a
 * {@code ByteArrayOutputStream} would grow its own array and copy it again.
 */
final class EncodedBytes extends OutputStream {

	private static final byte[] EMPTY = new byte[0];

	private byte[] bytes = EMPTY;

	private int length;

	@Override
	public void write(int b) {
		ensureRoom(1);
		this.bytes[this.length++] = (byte) b;
	}

	@Override
	public void write(byte[] source, int offset, int count) {
		if (this.length == 0 && this.bytes.length == 0) {
			this.bytes = Arrays.copyOfRange(source, offset, offset + count);
			this.length = count;
			return;
		}
		ensureRoom(count);
		System.arraycopy(source, offset, this.bytes, this.length, count);
		this.length += count;
	}

	/** What was written, without a copy when it came in one write. */
	byte[] toByteArray() {
		return (this.length == this.bytes.length) ? this.bytes : Arrays.copyOf(this.bytes, this.length);
	}

	private void ensureRoom(int count) {
		if (this.length + count > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.length + count, Math.max(64, this.bytes.length * 2)));
		}
	}

}
