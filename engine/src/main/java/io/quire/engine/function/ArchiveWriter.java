package io.quire.engine.function;

import java.io.ByteArrayOutputStream;

/**
 * The primitives of RethinkDB's archive format: fixed-size integers in little-endian
 * order (as its x86 builds write them raw) and unsigned LEB128 varints for sizes.
 */
final class ArchiveWriter {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream(128);

	ArchiveWriter bytes(byte[] bytes) {
		this.out.writeBytes(bytes);
		return this;
	}

	ArchiveWriter int8(int value) {
		this.out.write(value);
		return this;
	}

	ArchiveWriter int32(long value) {
		return littleEndian(value, 4);
	}

	ArchiveWriter int64(long value) {
		return littleEndian(value, 8);
	}

	ArchiveWriter varint(long value) {
		long rest = value;
		while ((rest & ~0x7FL) != 0) {
			this.out.write((int) ((rest & 0x7F) | 0x80));
			rest >>>= 7;
		}
		this.out.write((int) rest);
		return this;
	}

	byte[] toByteArray() {
		return this.out.toByteArray();
	}

	private ArchiveWriter littleEndian(long value, int size) {
		for (int i = 0; i < size; i++) {
			this.out.write((int) (value >>> (8 * i)));
		}
		return this;
	}

}
