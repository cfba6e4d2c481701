package io.quire.engine.index;

import java.util.Arrays;

/**
 * A growable byte buffer, big-endian for multi-byte values.
 */
final class ByteWriter {

	private byte[] bytes = new byte[32];

	private int size;

	void write(int b) {
		ensure(1);
		this.bytes[this.size++] = (byte) b;
	}

	void writeLong(long value) {
		ensure(8);
		for (int shift = 56; shift >= 0; shift -= 8) {
			this.bytes[this.size++] = (byte) (value >>> shift);
		}
	}

	byte[] toByteArray() {
		return Arrays.copyOf(this.bytes, this.size);
	}

	private void ensure(int extra) {
		if (this.size + extra > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.size + extra));
		}
	}

}
