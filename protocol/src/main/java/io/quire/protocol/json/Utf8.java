package io.quire.protocol.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Checks that bytes are well-formed UTF-8, which Jackson's byte parser does not fully do:
 * it decodes overlong forms ({@code C0 AF} as {@code /}) and sequences above U+10FFFF.
 * The JDK's decoder refuses those, encoded surrogates and truncated sequences, so the
 * bytes are run through it into a small reusable buffer and the characters dropped.
 */
final class Utf8 {

	private static final int CHUNK = 8192;

	private Utf8() {
	}

	/**
	 * @throws ReqlJsonException naming the offset of the first malformed sequence
	 */
	static void requireWellFormed(byte[] bytes) {
		int start = firstNonAscii(bytes);
		if (start == bytes.length) {
			return;
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(CHUNK);
		CoderResult result;
		do {
			out.clear();
			result = decoder.decode(in, out, true);
		}
		while (result.isOverflow());
		if (result.isError()) {
			throw new ReqlJsonException("Invalid JSON: malformed UTF-8 at byte " + in.position() + ".");
		}
	}

	private static int firstNonAscii(byte[] bytes) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] < 0) {
				return i;
			}
		}
		return bytes.length;
	}

}
