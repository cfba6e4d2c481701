package io.quire.engine.function;

import java.util.Arrays;

/**
 * Reads what {@link ArchiveWriter} writes, refusing bytes that end too soon.
 */
final class ArchiveReader {

	private final byte[] bytes;

	private int at;

	ArchiveReader(byte[] bytes, int from) {
		this.bytes = bytes;
		this.at = from;
	}

	int int8() {
		need(1, "a byte");
		return this.bytes[this.at++];
	}

	long uint32() {
		return littleEndian(4, "a 32-bit integer") & 0xFFFFFFFFL;
	}

	int int32() {
		return (int) littleEndian(4, "a 32-bit integer");
	}

	long int64() {
		return littleEndian(8, "a 64-bit integer");
	}

	long varint() {
		long value = 0;
		for (int shift = 0; shift < 64; shift += 7) {
			int next = int8();
			value |= (long) (next & 0x7F) << shift;
			if ((next & 0x80) == 0) {
				return value;
			}
		}
		throw new FunctionBlobException("a size is not a valid varint");
	}

	byte[] bytes(int size, String what) {
		need(size, what);
		byte[] result = Arrays.copyOfRange(this.bytes, this.at, this.at + size);
		this.at += size;
		return result;
	}

	/** Refuses bytes left over after the value. */
	void end() {
		if (this.at != this.bytes.length) {
			throw new FunctionBlobException((this.bytes.length - this.at) + " bytes left after the function");
		}
	}

	private long littleEndian(int size, String what) {
		need(size, what);
		long value = 0;
		for (int i = 0; i < size; i++) {
			value |= (this.bytes[this.at++] & 0xFFL) << (8 * i);
		}
		return value;
	}

	private void need(int size, String what) {
		if (size < 0 || this.bytes.length - this.at < size) {
			throw new FunctionBlobException("the bytes end where " + what + " was expected");
		}
	}

}
